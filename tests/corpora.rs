//! Public corpora (../shared/corpora, beside the project): nst/JSONTestSuite's parsing cases
//! through the dataset reader, as the page and the data tool read a file.

mod common;

use std::path::PathBuf;

use karabakh_services_map::model::{decode_utf8, load, LoadError};

fn corpus(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora")
        .join(path)
}

/// How the reader answers a file: `true` when it read the text as JSON (whatever it then
/// thought of it as a dataset), `false` when it refused it as JSON.
fn read_as_json(bytes: &[u8]) -> bool {
    let text = decode_utf8(bytes.to_vec());
    !matches!(
        load(&text),
        Err(LoadError::Syntax { .. } | LoadError::Truncated { .. })
    )
}

/// The parsing cases, by prefix: `y_`, `n_` or `i_`.
fn cases(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let dir = corpus("JSONTestSuite/test_parsing");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".json"))
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            (name, bytes)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_json_the_suite_says_must_be_accepted_is_read_as_json() {
    let refused: Vec<String> = cases("y_")
        .into_iter()
        .filter(|(_, bytes)| !read_as_json(bytes))
        .map(|(name, _)| name)
        .collect();
    assert!(refused.is_empty(), "refused: {refused:#?}");
}

#[test]
fn every_json_the_suite_says_must_be_rejected_is_refused() {
    let accepted: Vec<String> = cases("n_")
        .into_iter()
        .filter(|(_, bytes)| read_as_json(bytes))
        .map(|(name, _)| name)
        .collect();
    assert!(accepted.is_empty(), "accepted: {accepted:#?}");
}

/// The suite's implementation-defined cases and how the reader answers each (true: read as
/// JSON), as `docs/testing.md` lists them. Numbers too large for a double are refused (the
/// reader keeps exact coordinates, not infinities); broken UTF-8 and lone surrogates are read,
/// with U+FFFD in place of what was broken, and the record holding them is flagged; UTF-16 and
/// nesting deeper than serde_json's 128 levels are refused.
const IMPLEMENTATION_DEFINED: &[(&str, bool)] = &[
    ("i_number_double_huge_neg_exp.json", true),
    ("i_number_huge_exp.json", false),
    ("i_number_neg_int_huge_exp.json", false),
    ("i_number_pos_double_huge_exp.json", false),
    ("i_number_real_neg_overflow.json", false),
    ("i_number_real_pos_overflow.json", false),
    ("i_number_real_underflow.json", true),
    ("i_number_too_big_neg_int.json", true),
    ("i_number_too_big_pos_int.json", true),
    ("i_number_very_big_negative_int.json", true),
    ("i_object_key_lone_2nd_surrogate.json", true),
    ("i_string_1st_surrogate_but_2nd_missing.json", true),
    ("i_string_1st_valid_surrogate_2nd_invalid.json", true),
    ("i_string_UTF-16LE_with_BOM.json", false),
    ("i_string_UTF-8_invalid_sequence.json", true),
    ("i_string_UTF8_surrogate_U+D800.json", true),
    ("i_string_incomplete_surrogate_and_escape_valid.json", true),
    ("i_string_incomplete_surrogate_pair.json", true),
    ("i_string_incomplete_surrogates_escape_valid.json", true),
    ("i_string_invalid_lonely_surrogate.json", true),
    ("i_string_invalid_surrogate.json", true),
    ("i_string_invalid_utf-8.json", true),
    ("i_string_inverted_surrogates_U+1D11E.json", true),
    ("i_string_iso_latin_1.json", true),
    ("i_string_lone_second_surrogate.json", true),
    ("i_string_lone_utf8_continuation_byte.json", true),
    ("i_string_not_in_unicode_range.json", true),
    ("i_string_overlong_sequence_2_bytes.json", true),
    ("i_string_overlong_sequence_6_bytes.json", true),
    ("i_string_overlong_sequence_6_bytes_null.json", true),
    ("i_string_truncated-utf-8.json", true),
    ("i_string_utf16BE_no_BOM.json", false),
    ("i_string_utf16LE_no_BOM.json", false),
    ("i_structure_500_nested_arrays.json", false),
    ("i_structure_UTF-8_BOM_empty_object.json", true),
];

#[test]
fn the_implementation_defined_cases_are_answered_as_the_docs_list_them() {
    let got: Vec<(String, bool)> = cases("i_")
        .into_iter()
        .map(|(name, bytes)| (name, read_as_json(&bytes)))
        .collect();
    let want: Vec<(String, bool)> = IMPLEMENTATION_DEFINED
        .iter()
        .map(|&(name, accepted)| (name.to_string(), accepted))
        .collect();
    assert_eq!(got, want);
}

/// mapbox/geojsonhint's files and how the GeoJSON import answers each: `Ok` with how many
/// records it read, or the error's text.
fn geojsonhint(kind: &str) -> Vec<(String, Result<usize, String>)> {
    let dir = corpus(&format!("geojsonhint/test/data/{kind}"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".geojson"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            let text = decode_utf8(bytes);
            let answer = karabakh_services_map::convert::features::import(&name, &text, None)
                .map(|d| d.records.len())
                .map_err(|e| e.to_string());
            (name, answer)
        })
        .collect()
}

#[test]
fn every_bad_geojson_is_refused_with_a_message_naming_the_file() {
    for (name, answer) in geojsonhint("bad") {
        let message = answer.expect_err(&name);
        assert!(
            message.contains(&name) || message.contains("problem(s)"),
            "{name}: {message}"
        );
    }
}

#[test]
fn every_good_geojson_is_read_as_geojson_and_any_refusal_is_one_of_our_rules() {
    // Ours: a dataset is a FeatureCollection of Point (or null) features carrying the
    // dataset's fields, with an "as of" date; docs/testing.md lists what this means for each
    // of upstream's good files.
    let ours = [
        "expected a FeatureCollection or a Feature, not a bare",
        "is required",
        "geometry must be a Point or null",
        "no dates to take \"as of\" from",
    ];
    for (name, answer) in geojsonhint("good") {
        if let Err(message) = answer {
            assert!(
                !message.contains("not GeoJSON") && !message.contains("not valid JSON"),
                "{name}: {message}"
            );
            assert!(
                ours.iter().any(|rule| message.contains(rule)),
                "{name}: {message}"
            );
        }
    }
}

/// The big list of naughty strings, each one.
fn naughty() -> Vec<String> {
    let text = std::fs::read_to_string(corpus("naughty-strings/blns.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_naughty_string_in_every_free_text_field_round_trips_through_json_csv_and_geojson() {
    use karabakh_services_map::convert::{csv_table, features};
    use karabakh_services_map::model::{write, Localized};
    let strings: Vec<String> = naughty()
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    let shipped = common::shipped();
    let n = shipped.records.len();
    for chunk in strings.chunks(n) {
        let mut d = shipped.clone();
        for (record, s) in d.records.iter_mut().zip(chunk) {
            record.name = Localized::en(s);
            record.operator = Some(s.clone());
            record.notes = Some(s.clone());
        }
        // As the reader takes it (names and notes are trimmed of white space, U+0085 and
        // U+3000 included): that is what must come back from every format.
        let json = serde_json::to_string(&write::dataset(&d)).unwrap();
        let loaded = karabakh_services_map::model::load(&json).unwrap();
        assert!(loaded.problems.is_empty(), "{:#?}", &loaded.problems[..1]);
        let d = loaded.dataset;
        let json = serde_json::to_string(&write::dataset(&d)).unwrap();
        let again = karabakh_services_map::model::load(&json).unwrap();
        same(&again.dataset, &d, "JSON");
        let csv = csv_table::export(&d);
        let again = csv_table::import("data.csv", &csv, Some(&write::metadata(&d))).unwrap();
        same(&again, &d, "CSV");
        let geojson = features::export_text(&d);
        let again = features::import("data.geojson", &geojson, None).unwrap();
        same(&again, &d, "GeoJSON");
    }
}

/// Fails with the first record that differs, naming the format.
fn same(
    got: &karabakh_services_map::model::Dataset,
    want: &karabakh_services_map::model::Dataset,
    format: &str,
) {
    for (g, w) in got.records.iter().zip(&want.records) {
        assert_eq!(g, w, "{format}: {:?}", w.notes);
    }
    assert_eq!(got, want, "{format}");
}
