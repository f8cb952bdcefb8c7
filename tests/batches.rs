//! Reading a dataset in batches (as the browser does, painting between them) gives exactly what
//! reading it at once gives: the same records and the same problems, in the same order.

mod common;

use karabakh_services_map::model::{begin, load, split, LoadError, Loaded};

fn in_batches(text: &str, size: usize) -> Result<Loaded, LoadError> {
    let Some(parts) = split(text) else {
        return load(text);
    };
    let (mut loading, _) = begin(&parts.root)?;
    for chunk in parts.records.chunks(size) {
        let values: Vec<serde_json::Value> = chunk
            .iter()
            .map(|raw| serde_json::from_str(raw.get()).unwrap())
            .collect();
        loading.add_records(&values);
    }
    Ok(loading.finish())
}

#[test]
fn batches_agree_with_one_read_on_every_fixture_and_the_shipped_dataset() {
    let mut files = vec![
        "public/data/dataset.json".to_string(),
        "tests/fixtures/valid.json".into(),
    ];
    for entry in std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/invalid"
    ))
    .unwrap()
    {
        let path = entry.unwrap().path();
        files.push(format!(
            "tests/fixtures/invalid/{}",
            path.file_name().unwrap().to_string_lossy()
        ));
    }
    for file in files {
        let text = common::text(&file);
        for size in [1, 7, 1000] {
            assert_eq!(
                in_batches(&text, size),
                load(&text),
                "{file}, batches of {size}"
            );
        }
    }
}

#[test]
fn a_file_that_is_not_an_object_with_records_is_left_to_the_one_read() {
    assert!(split("[1, 2]").is_none());
    assert!(split("{\"records\": 3}").is_none());
    assert!(split("{\"records\": [").is_none());
}
