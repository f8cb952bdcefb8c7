//! Rules that keep a record honest about time and place (issue 11): nothing dated after the
//! dataset's "as of" counts as in effect, damaged text stays in its record, and a record outside
//! the dataset's declared area is flagged.

use karabakh_services_map::model::{load, repair_surrogates, Status, Subject};
use serde_json::{json, Value};

fn valid() -> Value {
    let path = format!("{}/tests/fixtures/valid.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn record_a() -> Subject {
    Subject::Record {
        index: 0,
        id: Some("a".into()),
    }
}

#[test]
fn a_closure_dated_after_as_of_leaves_the_record_out_with_that_reason() {
    let mut d = valid();
    d["records"][0]["status"]
        .as_array_mut()
        .unwrap()
        .push(json!({"status": "closed", "date": "2099", "date_precision": "year"}));
    let loaded = load(&d.to_string()).unwrap();
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    let p = &loaded.problems[0];
    assert_eq!(p.subject, record_a());
    assert_eq!(
        (p.field.as_str(), p.value.as_str()),
        ("status[2].date", "\"2099\"")
    );
    assert!(
        p.rule
            .to_string()
            .starts_with("dated after the dataset's as-of date (2021-12-01)"),
        "{}",
        p.rule
    );
    assert!(loaded.dataset.records.iter().all(|r| r.id != "a"));
}

#[test]
fn a_plan_dated_after_as_of_is_a_target_and_the_record_stays() {
    let mut d = valid();
    d["records"][0]["status"] =
        json!([{"status": "planned", "date": "2027", "date_precision": "year"}]);
    let loaded = load(&d.to_string()).unwrap();
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    let a = loaded.dataset.records.iter().find(|r| r.id == "a").unwrap();
    assert_eq!(a.status[0].status, Status::Planned);
}

#[test]
fn an_unpaired_surrogate_becomes_u_fffd_in_that_field_and_is_flagged_on_its_record() {
    let mut d = valid();
    d["records"][0]["name"] = json!("Bank MARK branch");
    let text = d.to_string().replace("MARK", "\\ud800");
    let loaded = load(&text).expect("the file still loads");
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    let a = loaded.dataset.records.iter().find(|r| r.id == "a").unwrap();
    assert_eq!(a.name.get("en"), "Bank \u{FFFD} branch");
    assert_eq!(loaded.flags.len(), 1, "{:#?}", loaded.flags);
    assert_eq!(loaded.flags[0].subject, record_a());
    assert_eq!(loaded.flags[0].field, "name");
    assert!(loaded.flags[0]
        .rule
        .to_string()
        .contains("unpaired surrogate"));
}

#[test]
fn surrogate_repair_keeps_pairs_escaped_backslashes_and_other_escapes() {
    // A pair (an emoji), a literal backslash before "ud800", a lone low and a lone high.
    let text = r#"["\ud83d\ude00", "\\ud800", "\udc00x", "a\ud800"]"#;
    let repaired = repair_surrogates(text);
    assert_eq!(
        repaired,
        "[\"\\ud83d\\ude00\", \"\\\\ud800\", \"\u{FFFD}x\", \"a\u{FFFD}\"]"
    );
    let clean = r#"["\n\u00e9\\"]"#;
    assert!(matches!(
        repair_surrogates(clean),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn a_record_outside_the_extent_is_drawn_and_flagged_with_a_swap_hint() {
    let mut d = valid();
    d["extent"] = json!([45.9, 38.8, 47.6, 40.5]);
    // Latitude and longitude swapped.
    d["records"][0]["location"]["lat"] = json!(46.7483);
    d["records"][0]["location"]["lon"] = json!(39.7583);
    let loaded = load(&d.to_string()).unwrap();
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    assert_eq!(loaded.dataset.mapped_records().count(), 1);
    assert_eq!(loaded.flags.len(), 1, "{:#?}", loaded.flags);
    let f = &loaded.flags[0];
    assert_eq!(f.subject, record_a());
    assert_eq!(f.field, "location");
    assert!(
        f.rule
            .to_string()
            .starts_with("outside the dataset's area (lat/lon swapped?)"),
        "{}",
        f.rule
    );
    // Far away and not swapped: flagged without the hint.
    d["records"][0]["location"]["lat"] = json!(-33.9);
    d["records"][0]["location"]["lon"] = json!(151.2);
    let f = load(&d.to_string()).unwrap().flags.remove(0);
    assert!(
        f.rule
            .to_string()
            .starts_with("outside the dataset's area: the extent is [45.9, 38.8, 47.6, 40.5]"),
        "{}",
        f.rule
    );
}

#[test]
fn an_unusable_extent_is_ignored_with_a_dataset_problem() {
    // West east of east is an area across the antimeridian (RFC 7946), not a mistake; no
    // width, or south north of north, is.
    for bad in [
        json!([46.0, 38.8, 46.0, 40.5]),
        json!([45.9, 40.5, 47.6, 38.8]),
        json!([1, 2, 3]),
        json!("everywhere"),
        json!([0, 95, 1, 96]),
    ] {
        let mut d = valid();
        d["extent"] = bad.clone();
        let loaded = load(&d.to_string()).unwrap();
        assert_eq!(loaded.dataset.extent, None, "{bad}");
        assert_eq!(loaded.problems.len(), 1, "{bad}");
        assert_eq!(loaded.problems[0].field, "extent");
        assert_eq!(
            loaded.dataset.records.len(),
            2,
            "{bad}: the records are kept"
        );
    }
}
