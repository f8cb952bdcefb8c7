//! The hostile corpus (tests/fixtures/hostile/, written by scripts/hostile-corpus.mjs): every
//! dataset and every URL-parameter set has the outcome its manifest gives. The browser runs
//! the same corpus in e2e/hostile.test.mjs.

use karabakh_services_map::model::load;
use karabakh_services_map::query::url::parse;
use serde_json::{json, Value};

fn read(path: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/hostile/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn manifest(name: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(&read(name))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn every_hostile_dataset_has_its_expected_outcome() {
    let cases = manifest("datasets.json");
    assert!(cases.len() >= 40, "{} datasets", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let text = read(&format!("datasets/{}", case["file"].as_str().unwrap()));
        let mention = case["mention"].as_str().unwrap_or("");
        let got = match load(&text) {
            Ok(loaded) => {
                let said: Vec<String> = loaded
                    .problems
                    .iter()
                    .chain(&loaded.flags)
                    .map(ToString::to_string)
                    .collect();
                let ok = case["outcome"] == "loads"
                    && case["records"] == json!(loaded.dataset.records.len())
                    && case["problems"] == json!(loaded.problems.len())
                    && case["flags"] == json!(loaded.flags.len())
                    && (mention.is_empty() || said.iter().any(|s| s.contains(mention)));
                (
                    ok,
                    format!(
                        "loads {} records, problems {:?}, flags {:?}",
                        loaded.dataset.records.len(),
                        loaded
                            .problems
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>(),
                        loaded
                            .flags
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                    ),
                )
            }
            Err(e) => (
                case["outcome"] == "fails" && e.to_string().contains(mention),
                format!("fails: {e}"),
            ),
        };
        if !got.0 {
            let mut said = got.1;
            said.truncate(600);
            failures.push(format!("{name}: expected {case}, got {said}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The parsed view as the manifest writes it.
fn as_json(query: &str) -> Value {
    let s = parse(query);
    let f = &s.filters;
    json!({
        "categories": f.categories,
        "operators": f.operators,
        "districts": f.districts,
        "statuses": f.statuses.iter().map(|s| s.name()).collect::<Vec<_>>(),
        "search": f.search,
        "from": f.from.map(|m| m.to_string()),
        "to": f.to.map(|m| m.to_string()),
        "selected": s.selected,
        "data": s.data,
        "lang": s.lang,
        "embed": s.embed,
        "tiles": s.tiles.map(|t| t.url),
        "camera": s.camera.map(|c| vec![c.lat, c.lon, c.zoom]),
        "look": json!([s.look.theme, s.look.transparent, s.look.plain, s.look.fit, s.look.still]),
    })
}

#[test]
fn every_hostile_url_parses_to_its_expected_view() {
    let cases = manifest("urls.json");
    assert!(cases.len() >= 40, "{} URL sets", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let query = case["query"].as_str().unwrap();
        let got = as_json(query);
        for (key, want) in case["state"].as_object().unwrap() {
            // Numbers compare as numbers (10 and 10.0 alike).
            let same = match (got[key].as_array(), want.as_array()) {
                (Some(a), Some(b)) if a.iter().chain(b).all(Value::is_number) => {
                    a.iter().map(Value::as_f64).eq(b.iter().map(Value::as_f64))
                }
                _ => got[key] == *want,
            };
            if !same {
                failures.push(format!("{query}: {key} = {}, expected {want}", got[key]));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_problem_the_corpus_and_fixtures_raise_reads_in_azerbaijani_and_russian() {
    use karabakh_services_map::model::LoadError;
    use karabakh_services_map::words::text::{AZ, RU};
    let mut texts: Vec<String> = manifest("datasets.json")
        .iter()
        .map(|c| read(&format!("datasets/{}", c["file"].as_str().unwrap())))
        .collect();
    let invalid = format!("{}/tests/fixtures/invalid", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(invalid).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let mut rules = Vec::new();
    for text in &texts {
        match load(text) {
            Ok(loaded) => rules.extend(
                loaded
                    .problems
                    .iter()
                    .chain(&loaded.flags)
                    .map(|p| p.rule.clone()),
            ),
            Err(LoadError::Invalid(problems)) => rules.extend(problems.into_iter().map(|p| p.rule)),
            Err(_) => {}
        }
    }
    rules.sort_by_key(ToString::to_string);
    rules.dedup_by_key(|r| r.to_string());
    assert!(rules.len() >= 20, "{rules:#?}");
    let english = [
        "must",
        "needs",
        "required",
        "unknown field",
        "unknown category",
        "dated",
        "outside",
        "holds",
        "between",
        "readable",
        "duplicate",
        "digits",
    ];
    let mut untranslated = Vec::new();
    for r in &rules {
        for t in [&AZ, &RU] {
            let (said, lang) = (r.say(t.rules), t.lang);
            if said == r.to_string() || english.iter().any(|w| said.contains(w)) {
                untranslated.push(format!("{lang}: {r} → {said}"));
            }
        }
    }
    assert!(untranslated.is_empty(), "{}", untranslated.join("\n"));
}

#[test]
fn every_hostile_frame_id_is_cut_to_a_safe_one() {
    let cases: Vec<(String, String)> = serde_json::from_str(&read("ids.json")).unwrap();
    assert!(cases.len() >= 8);
    for (id, want) in cases {
        assert_eq!(
            karabakh_services_map::words::embed_code::safe_id(&id),
            want,
            "{id:?}"
        );
    }
}

#[test]
fn every_hostile_title_gives_a_download_name_of_sixty_characters_at_most() {
    let cases: Vec<(String, String)> = serde_json::from_str(&read("download-names.json")).unwrap();
    assert!(cases.len() >= 7);
    for (title, want) in cases {
        let name =
            karabakh_services_map::words::present::download_name(&title, "2026-01-02", "csv");
        assert_eq!(name, want, "{title:?}");
        assert!(name.len() <= 60 + "-2026-01-02.csv".len(), "{name}");
    }
}
