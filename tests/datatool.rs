//! The data tool as an editor runs it: every subcommand, exit codes, and files it writes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn tool(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_datatool"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("datatool-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture(path: &str) -> String {
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn validate_exits_0_for_valid_1_for_invalid_2_for_unreadable() {
    let (code, _, err) = tool(&["validate", &fixture("public/data/dataset.json")]);
    assert_eq!(code, 0, "{err}");
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("public/data/dataset.json")).unwrap(),
    )
    .unwrap();
    let count = shipped["records"].as_array().unwrap().len();
    assert!(err.contains(&format!("valid: {count} records")), "{err}");
    let (code, _, err) = tool(&[
        "validate",
        &fixture("tests/fixtures/invalid/several-problems.json"),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("records[0] (\"a\"): field \"location.lat\" = 95.2: latitude must be between -90 and 90"), "{err}");
    assert!(
        err.contains("field \"sources[0].url\" = \"ftp://x\""),
        "{err}"
    );
    assert!(err.ends_with("2 problem(s)\n"), "{err}");
    let (code, _, err) = tool(&["validate", &fixture("tests/fixtures/invalid/not-json.json")]);
    assert_eq!(code, 2);
    assert!(err.contains("not valid JSON at line 5, column 16"), "{err}");
    let (code, _, _) = tool(&["validate", "/no/such/file.json"]);
    assert_eq!(code, 2);
    let (code, _, _) = tool(&["no-such-command"]);
    assert_eq!(code, 2);
}

#[test]
fn export_then_import_through_files_gives_back_the_same_dataset() {
    let dir = scratch("roundtrip");
    let original = fixture("public/data/dataset.json");
    let csv = dir.join("records.csv");
    let geojson = dir.join("records.geojson");
    let from_csv = dir.join("from-csv.json");
    let from_geojson = dir.join("from-geojson.json");
    assert_eq!(tool(&["export-csv", &original, "--out", s(&csv)]).0, 0);
    assert_eq!(tool(&["export-geojson", &original, "-o", s(&geojson)]).0, 0);
    let (code, _, err) = tool(&[
        "import-csv",
        s(&csv),
        "--metadata",
        &original,
        "--out",
        s(&from_csv),
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = tool(&["import-geojson", s(&geojson), "--out", s(&from_geojson)]);
    assert_eq!(code, 0, "{err}");
    let load = |p: &Path| {
        karabakh_services_map::model::load(&std::fs::read_to_string(p).unwrap())
            .unwrap()
            .dataset
    };
    let expected = load(Path::new(&original));
    assert_eq!(load(&from_csv), expected);
    assert_eq!(load(&from_geojson), expected);
    // Both imports validate as they are.
    assert_eq!(tool(&["validate", s(&csv), "--metadata", &original]).0, 0);
    assert_eq!(tool(&["validate", s(&geojson)]).0, 0);
}

#[test]
fn without_out_the_result_goes_to_standard_output() {
    let (code, out, _) = tool(&["export-csv", &fixture("tests/fixtures/valid.json")]);
    assert_eq!(code, 0);
    // A byte-order mark first, so spreadsheet programs read the text as UTF-8.
    assert!(
        out.starts_with(
            "\u{feff}id,name,name_az,category,operator,status,date,date_basis,date_note,status_2,"
        ),
        "{out}"
    );
    assert_eq!(out.lines().count(), 3);
}

#[test]
fn never_writes_over_an_input_file() {
    let dir = scratch("overwrite");
    let input = dir.join("data.json");
    std::fs::copy(fixture("tests/fixtures/valid.json"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let (code, _, err) = tool(&["export-csv", s(&input), "--out", s(&input)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("refusing to write over the input file"),
        "{err}"
    );
    let csv = dir.join("data.csv");
    assert_eq!(tool(&["export-csv", s(&input), "--out", s(&csv)]).0, 0);
    let (code, _, _) = tool(&[
        "import-csv",
        s(&csv),
        "--metadata",
        s(&input),
        "--out",
        s(&input),
    ]);
    assert_eq!(code, 2);
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "the input is untouched"
    );
}

#[test]
fn an_invalid_import_writes_nothing_and_lists_every_cell() {
    let dir = scratch("invalid");
    let csv = dir.join("bad.csv");
    std::fs::write(
        &csv,
        "id,name,category,status,date,town,lat,lon,location_precision,source_outlet,source_url\n\
         a,A,atm,opened,2021-02-30,Hadrut,39.5,47,settlement,Outlet,https://example.org\n\
         b,B,atm,opend,2021,Hadrut,39.5,470,settlement,Outlet,https://example.org\n",
    )
    .unwrap();
    let out = dir.join("out.json");
    let (code, _, err) = tool(&["import-csv", s(&csv), "--out", s(&out)]);
    assert_eq!(code, 1, "{err}");
    assert!(!out.exists());
    assert!(
        err.contains("line 2, column \"date\" (record \"a\")"),
        "{err}"
    );
    assert!(
        err.contains("line 3, column \"status\" (record \"b\")"),
        "{err}"
    );
    assert!(
        err.contains("line 3, column \"lon\" (record \"b\"): value 470"),
        "{err}"
    );
}

#[test]
fn a_file_in_another_encoding_is_rejected_with_the_reason() {
    let dir = scratch("encoding");
    let csv = dir.join("latin1.csv");
    std::fs::write(
        &csv,
        b"id,name,category,status,town,source_outlet\na,F\xFCzuli,post,opened,F\xFCzuli,X\n",
    )
    .unwrap();
    let (code, _, err) = tool(&["validate", s(&csv)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("line 2") && err.contains("save it as UTF-8"),
        "{err}"
    );
}

#[test]
fn a_dataset_json_is_read_as_the_page_reads_it() {
    let dir = scratch("as-the-page");
    let shipped = std::fs::read_to_string(fixture("public/data/dataset.json")).unwrap();
    // A byte of another encoding inside a record's notes: the page shows the record with
    // U+FFFD and flags it; the tool says the same, and where the byte is.
    let at = shipped.find("\"notes\": \"").unwrap() + "\"notes\": \"".len();
    let mut bytes = shipped.as_bytes()[..at].to_vec();
    bytes.push(0xE9);
    bytes.extend_from_slice(&shipped.as_bytes()[at..]);
    let latin = dir.join("latin.json");
    std::fs::write(&latin, &bytes).unwrap();
    let (code, _, err) = tool(&["validate", latin.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("check: line ") && err.contains("is not UTF-8"),
        "{err}"
    );
    assert!(err.contains("field \"notes\""), "{err}");
    // Nothing but white space, or an HTML page: refused before parsing, as the page does.
    for (name, text, why) in [
        ("empty.json", " \n", "the file is empty"),
        (
            "page.json",
            "<!doctype html><title>404</title>",
            "an HTML page",
        ),
    ] {
        let file = dir.join(name);
        std::fs::write(&file, text).unwrap();
        let (code, _, err) = tool(&["validate", file.to_str().unwrap()]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(why), "{err}");
    }
}
