//! The query string round-trips, and malformed parameters never break the view.

mod common;

use karabakh_services_map::model::Status;
use karabakh_services_map::query::url::{parse, sanitize, write, Camera, ViewState};
use karabakh_services_map::query::{Filters, Month};
use proptest::prelude::*;

#[test]
fn a_full_view_round_trips() {
    let state = ViewState {
        filters: Filters {
            categories: ["atm".to_string(), "bank".to_string()].into(),
            operators: ["Kapital Bank".to_string(), "not-named".to_string()].into(),
            statuses: [Status::Opened].into(),
            districts: ["Shusha".to_string()].into(),
            search: "Şuşa & co".into(),
            from: Month::new(2020, 11),
            to: Month::new(2021, 1),
        },
        selected: Some("kapital-bank-atm-shusha".into()),
        camera: Some(Camera {
            lat: 39.7583,
            lon: 46.7483,
            zoom: 9.5,
        }),
        data: Some("data/linz-addresses-sample.json".into()),
    };
    let query = write(&state);
    assert_eq!(parse(&query), state);
    assert_eq!(parse(&format!("?{query}")), state);
}

#[test]
fn the_default_view_has_an_empty_query() {
    assert_eq!(write(&ViewState::default()), "");
    assert_eq!(parse(""), ViewState::default());
}

#[test]
fn malformed_parameters_are_ignored() {
    let state = parse(
        "from=2021-13&to=yesterday&status=opend&z=99&lat=95&lon=46&id=%3Cscript%3E&unknown=1&cat=&%ZZ=1",
    );
    assert_eq!(state, ViewState::default());
    let huge = "x".repeat(10_000);
    assert_eq!(parse(&format!("q={huge}&cat={huge}")), ViewState::default());
    // A camera needs all three of lat, lon and zoom.
    assert_eq!(parse("lat=39&lon=46").camera, None);
}

#[test]
fn only_relative_or_web_dataset_urls_are_taken() {
    use karabakh_services_map::query::url::is_dataset_url;
    for ok in [
        "data/other.json",
        "../x.json",
        "/abs/path.json",
        "https://example.org/d.json",
        "//example.org/d.json",
        "x.json?v=2",
    ] {
        assert!(is_dataset_url(ok), "{ok}");
        assert_eq!(
            parse(&format!("data={}", ok.replace('?', "%3F")))
                .data
                .as_deref(),
            Some(ok)
        );
    }
    for bad in [
        "javascript:alert(1)",
        "data:application/json,{}",
        "file:///etc/passwd",
        "JavaScript:x",
        "ftp://x/y.json",
        "",
        "a b.json",
    ] {
        assert!(!is_dataset_url(bad), "{bad}");
    }
    assert_eq!(parse("data=javascript%3Aalert(1)").data, None);
}

#[test]
fn sanitize_drops_what_the_dataset_does_not_know() {
    let dataset = common::shipped();
    let state = sanitize(
        parse("cat=bank&cat=spaceport&op=Nobody&district=Shusha&id=no-such-record"),
        &dataset,
    );
    assert_eq!(state.filters.categories, ["bank".to_string()].into());
    assert!(state.filters.operators.is_empty());
    assert_eq!(state.filters.districts, ["Shusha".to_string()].into());
    assert_eq!(state.selected, None);
}

fn word() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9çğıöşüəÇĞİÖŞÜƏа-я &=+%?#,-]{1,20}"
        .prop_map(|s| s.trim().to_string())
        .prop_filter("non-empty", |s| !s.is_empty())
}

fn month() -> impl Strategy<Value = Option<Month>> {
    proptest::option::of((1900i32..=2100, 1u8..=12).prop_map(|(y, m)| Month::new(y, m).unwrap()))
}

prop_compose! {
    fn view()(
        categories in proptest::collection::btree_set("[a-z][a-z0-9-]{0,12}", 0..4),
        operators in proptest::collection::btree_set(word(), 0..3),
        statuses in proptest::collection::btree_set(prop_oneof![Just(Status::Planned), Just(Status::Opened), Just(Status::Closed)], 0..3),
        districts in proptest::collection::btree_set(word(), 0..3),
        search in proptest::option::of(word()),
        from in month(),
        to in month(),
        selected in proptest::option::of("[a-z0-9][a-z0-9-]{0,30}"),
        camera in proptest::option::of((-85.0f64..85.0, -180.0f64..180.0, 2.0f64..18.0)),
        data in proptest::option::of("[a-z0-9/._-]{1,30}\\.json"),
    ) -> ViewState {
        ViewState {
            filters: Filters { categories, operators, statuses, districts, search: search.unwrap_or_default(), from, to },
            selected,
            camera: camera.map(|(lat, lon, zoom)| Camera {
                lat: (lat * 1e4).round() / 1e4,
                lon: (lon * 1e4).round() / 1e4,
                zoom: (zoom * 100.0).round() / 100.0,
            }),
            data,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn writing_then_parsing_gives_back_the_same_view(state in view()) {
        prop_assert_eq!(parse(&write(&state)), state);
    }

    #[test]
    fn parsing_any_text_never_panics_and_is_stable(query in ".{0,300}") {
        let state = parse(&query);
        // What a parsed view writes, it reads back the same.
        prop_assert_eq!(parse(&write(&state)), state);
    }
}
