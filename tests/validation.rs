//! Each validation rule, tried on a small fixture that breaks only that rule.

use karabakh_services_map::model::{load, LoadError, Loaded, Problem, Rule, Subject};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn loaded(name: &str) -> Loaded {
    load(&fixture(name)).unwrap_or_else(|e| panic!("{name} should load: {e}"))
}

/// The single problem of an invalid-record fixture.
fn only_problem(name: &str) -> Problem {
    let loaded = loaded(&format!("invalid/{name}.json"));
    assert_eq!(loaded.problems.len(), 1, "{name}: {:#?}", loaded.problems);
    loaded.problems[0].clone()
}

fn record(index: usize, id: &str) -> Subject {
    Subject::Record {
        index,
        id: Some(id.to_string()),
    }
}

#[test]
fn valid_fixture_loads_without_problems() {
    let loaded = loaded("valid.json");
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    assert_eq!(loaded.dataset.records.len(), 2);
    assert_eq!(loaded.dataset.mapped_records().count(), 1);
}

#[test]
fn latitude_out_of_range_names_record_field_value_and_rule() {
    let p = only_problem("lat-out-of-range");
    assert_eq!(p.subject, record(0, "a"));
    assert_eq!(p.field, "location.lat");
    assert_eq!(p.value, "95.2");
    assert!(
        p.rule.to_string().contains("between -90 and 90"),
        "{}",
        p.rule
    );
    assert_eq!(
        p.to_string(),
        "records[0] (\"a\"): field \"location.lat\" = 95.2: latitude must be between -90 and 90"
    );
}

#[test]
fn longitude_out_of_range_is_reported() {
    let p = only_problem("lon-out-of-range");
    assert_eq!(
        (p.field.as_str(), p.value.as_str()),
        ("location.lon", "-181")
    );
}

#[test]
fn unknown_category_lists_the_known_ones() {
    let p = only_problem("unknown-category");
    assert_eq!(p.field, "category");
    assert_eq!(p.value, "\"bakery\"");
    assert!(p.rule.to_string().contains("unknown category") && p.rule.to_string().contains("bank"));
}

#[test]
fn date_not_iso_8601_is_reported_with_the_expected_forms() {
    let p = only_problem("date-not-iso");
    assert_eq!(p.field, "status[1].date");
    assert_eq!(p.value, "\"01.06.2021\"");
    assert!(p.rule.to_string().contains("ISO 8601"), "{}", p.rule);
}

#[test]
fn date_precision_must_match_the_date() {
    let p = only_problem("date-precision-mismatch");
    assert_eq!(p.field, "status[0].date_precision");
    assert!(p.rule.to_string().contains("month precision"), "{}", p.rule);
}

#[test]
fn duplicate_id_keeps_the_first_record_and_reports_the_second() {
    let loaded = loaded("invalid/duplicate-id.json");
    assert_eq!(loaded.problems.len(), 1);
    let p = &loaded.problems[0];
    assert_eq!(p.subject, record(1, "a"));
    assert!(p.rule.to_string().contains("duplicate id"));
    assert_eq!(loaded.dataset.records.len(), 1);
    assert_eq!(
        loaded.dataset.records[0].operator.as_deref(),
        Some("A Bank")
    );
}

#[test]
fn source_url_must_be_http() {
    let p = only_problem("source-url-not-http");
    assert_eq!(p.field, "sources[0].url");
    assert_eq!(p.value, "\"javascript:alert(1)\"");
    assert!(p.rule.to_string().contains("http"));
}

#[test]
fn a_record_without_sources_is_invalid() {
    let empty = only_problem("no-sources");
    assert_eq!(empty.field, "sources");
    assert!(empty.rule.to_string().contains("at least one source"));
    let missing = only_problem("missing-sources");
    assert_eq!(
        (missing.field.as_str(), missing.value.as_str()),
        ("sources", "(missing)")
    );
}

#[test]
fn unknown_status_lists_the_allowed_ones() {
    let p = only_problem("unknown-status");
    assert_eq!(p.field, "status[1].status");
    assert!(p.rule.to_string().contains("planned, opened, closed"));
}

#[test]
fn status_changes_must_be_in_date_order() {
    let p = only_problem("status-out-of-order");
    assert_eq!(p.field, "status[1].date");
    assert!(p.rule.to_string().contains("date order"));
}

#[test]
fn ids_must_be_url_safe() {
    let p = only_problem("id-not-url-safe");
    assert_eq!(p.field, "id");
    assert!(p.rule.to_string().contains("URL-safe"));
}

#[test]
fn misspelt_fields_are_reported_as_unknown() {
    let p = only_problem("unknown-field");
    assert_eq!(p.field, "location.lattitude");
    assert!(p.rule.to_string().starts_with("unknown field"));
}

#[test]
fn precision_must_agree_with_presence_of_coordinates() {
    let with = only_problem("coordinates-without-precision");
    assert_eq!(with.field, "location.precision");
    let without = only_problem("precision-without-coordinates");
    assert_eq!(without.subject, record(1, "b"));
    assert_eq!(without.field, "location.lat");
    let half = only_problem("lat-without-lon");
    assert_eq!(half.field, "location.lon");
}

#[test]
fn a_value_of_the_wrong_type_is_reported() {
    let p = only_problem("wrong-type");
    assert_eq!(
        (p.field.as_str(), p.value.as_str()),
        ("location.lat", "\"39.7\"")
    );
    assert_eq!(p.rule, Rule::NotNumber);
}

#[test]
fn every_problem_of_a_record_is_reported_not_only_the_first() {
    let loaded = loaded("invalid/several-problems.json");
    let fields: Vec<&str> = loaded.problems.iter().map(|p| p.field.as_str()).collect();
    assert!(fields.contains(&"location.lat"), "{fields:?}");
    assert!(fields.contains(&"sources[0].url"), "{fields:?}");
    // The category is checked once the record itself is sound, so it is not listed here.
    assert_eq!(loaded.dataset.records.len(), 1, "the valid record stays");
}

#[test]
fn invalid_records_are_left_out_and_the_rest_kept() {
    let loaded = loaded("invalid/lat-out-of-range.json");
    let ids: Vec<&str> = loaded
        .dataset
        .records
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["b"]);
}

#[test]
fn bad_category_colour_makes_the_whole_dataset_unusable() {
    let Err(LoadError::Invalid(problems)) = load(&fixture("invalid/bad-colour.json")) else {
        panic!("expected Invalid");
    };
    assert_eq!(problems[0].field, "color");
    assert!(matches!(
        problems[0].subject,
        Subject::Category { index: 0, .. }
    ));
}

#[test]
fn unsupported_schema_version_is_fatal() {
    let Err(LoadError::Invalid(problems)) = load(&fixture("invalid/bad-schema-version.json"))
    else {
        panic!("expected Invalid");
    };
    assert_eq!(problems[0].field, "schema_version");
    assert_eq!(problems[0].value, "2");
}

#[test]
fn missing_title_is_fatal() {
    let Err(LoadError::Invalid(problems)) = load(&fixture("invalid/missing-title.json")) else {
        panic!("expected Invalid");
    };
    assert_eq!(
        (problems[0].field.as_str(), problems[0].value.as_str()),
        ("title", "(missing)")
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let err = load(&fixture("invalid/not-json.json")).unwrap_err();
    let LoadError::Syntax { line, column, .. } = &err else {
        panic!("expected Syntax, got {err:?}");
    };
    assert_eq!((*line, *column), (5, 16));
    assert!(err
        .to_string()
        .starts_with("not valid JSON at line 5, column 16"));
}

#[test]
fn a_file_cut_off_mid_way_is_reported_as_truncated_not_as_bad_syntax() {
    let whole = fixture("valid.json");
    let cut = &whole[..whole.len() / 2];
    let err = load(cut).unwrap_err();
    let LoadError::Truncated { line } = err else {
        panic!("expected Truncated, got {err:?}");
    };
    assert_eq!(line, cut.lines().count());
    assert!(err.to_string().contains("ends early"));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", fixture("valid.json"));
    assert!(load(&text).unwrap().is_valid());
}

#[test]
fn categories_sharing_a_family_name_are_one_family_and_others_stand_alone() {
    let mut value: serde_json::Value = serde_json::from_str(&fixture("valid.json")).unwrap();
    let categories = value["categories"].as_array_mut().unwrap();
    categories[0]["family"] = serde_json::json!({"en": "Money", "az": "Pul"});
    categories.push(
        serde_json::json!({"id": "post", "label": "Post", "color": "#c2410c", "shape": "square"}),
    );
    categories.push(serde_json::json!({"id": "atm", "label": "ATM", "color": "#1d4ed8", "shape": "circle", "family": "Money"}));
    let loaded = load(&value.to_string()).unwrap();
    let d = &loaded.dataset;
    let families = d.families();
    let money: Vec<&str> = families[0]
        .categories
        .iter()
        .map(|&i| d.categories[i].id.as_str())
        .collect();
    assert_eq!(money, ["bank", "atm"]);
    assert_eq!(families[0].label.get("az"), "Pul");
    // The other categories have no family: each is its own, named by its label.
    assert_eq!(families.len(), d.categories.len() - 1);
    assert_eq!(families.len(), 2);
    assert_eq!(families[1].key, None);
    assert_eq!(families[1].label.get("en"), "Post");
    // The family survives writing the dataset back.
    let written = karabakh_services_map::model::write::dataset(d);
    assert_eq!(written["categories"][0]["family"]["en"], "Money");
}

#[test]
fn an_empty_family_name_is_a_problem_with_the_category() {
    let mut value: serde_json::Value = serde_json::from_str(&fixture("valid.json")).unwrap();
    value["categories"][0]["family"] = serde_json::json!("");
    match load(&value.to_string()) {
        Err(LoadError::Invalid(problems)) => {
            assert!(
                problems.iter().any(|p| p.field == "family"),
                "{problems:#?}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unusable_tile_layer_is_left_out_with_a_problem_and_the_rest_loads() {
    let mut value: serde_json::Value = serde_json::from_str(&fixture("valid.json")).unwrap();
    value["tiles"] = serde_json::json!({"url": "http://tiles.example/{z}/{x}/{y}.png", "attribution": "Example"});
    let loaded = load(&value.to_string()).unwrap();
    assert_eq!(loaded.dataset.tiles, None);
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.field == "tiles" && p.rule.to_string().contains("https")),
        "{:#?}",
        loaded.problems
    );
    assert!(!loaded.dataset.records.is_empty());
    value["tiles"]["url"] = "https://tiles.example/{z}/{x}/{y}.png".into();
    let loaded = load(&value.to_string()).unwrap();
    assert_eq!(loaded.dataset.tiles.unwrap().attribution, "Example");
}

#[test]
fn a_temporary_event_cannot_end_before_it_starts() {
    let p = only_problem("held-ends-before-it-starts");
    assert_eq!(
        (p.field.as_str(), p.value.as_str()),
        ("held.to", "\"2021-03-17\"")
    );
    assert!(
        p.rule.to_string().contains("before the first (2021-03-19)"),
        "{}",
        p.rule
    );
}

#[test]
fn a_temporary_event_cannot_open_after_its_last_day() {
    let p = only_problem("held-opened-after-last-day");
    assert_eq!(p.field, "held.to");
    assert!(
        p.rule.to_string().contains("cannot open (2021-04-02)"),
        "{}",
        p.rule
    );
}

#[test]
fn held_days_must_be_an_object() {
    let p = only_problem("held-not-an-object");
    assert_eq!(p.field, "held");
    assert!(p.rule.to_string().contains("JSON object"), "{}", p.rule);
}

#[test]
fn held_days_and_fact_rows_survive_a_round_trip() {
    use karabakh_services_map::model::write;
    let mut text: serde_json::Value = serde_json::from_str(&fixture("valid.json")).unwrap();
    text["records"][0]["held"] = serde_json::json!({"from": "2021-06", "to": "2021-06-20"});
    text["records"][0]["facts"] = serde_json::json!(["row 61", "Context figures"]);
    text["records"][1]["held"] = serde_json::json!({});
    let loaded = load(&text.to_string()).unwrap();
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    let a = &loaded.dataset.records[0];
    assert_eq!(a.held.unwrap().to.unwrap().to_string(), "2021-06-20");
    assert_eq!(a.facts, ["row 61", "Context figures"]);
    let b = &loaded.dataset.records[1];
    assert_eq!(b.held.map(|h| (h.from, h.to)), Some((None, None)));
    let again = load(&write::to_json(&loaded.dataset)).unwrap();
    assert_eq!(again.dataset, loaded.dataset);
}
