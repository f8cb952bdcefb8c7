//! The query string round-trips, and malformed parameters never break the view.

mod common;

use karabakh_services_map::model::{Rule, Status, Tiles};
use karabakh_services_map::query::url::{parse, sanitize, write, Camera, Look, ViewState};
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
        tiles: Some(
            Tiles::new(
                "https://tiles.example.org/{z}/{x}/{y}.png",
                "© Example & <contributors>",
            )
            .unwrap(),
        ),
        embed: true,
        look: Look {
            theme: Some("dark"),
            transparent: true,
            plain: true,
            fit: true,
            still: true,
        },
        lang: Some("ru".into()),
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
fn only_paths_on_the_same_site_are_taken_as_datasets() {
    use karabakh_services_map::query::url::is_dataset_url;
    for ok in [
        "data/other.json",
        "../x.json",
        "/abs/path.json",
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
        "https://example.org/d.json",
        "HTTP://example.org/d.json",
        "//example.org/d.json",
        "/\\example.org/d.json",
        "\\\\example.org\\d.json",
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
        data in proptest::option::of("[a-z0-9][a-z0-9/._-]{0,30}\\.json"),
        tiles in proptest::option::of(("[a-z]{1,10}", "[A-Za-z0-9 ©&<>]{1,20}")),
        embed in proptest::bool::ANY,
        look in (proptest::option::of(prop_oneof![Just("light"), Just("dark")]), proptest::bool::ANY, proptest::bool::ANY, proptest::bool::ANY, proptest::bool::ANY),
        lang in proptest::option::of(prop_oneof![Just("az"), Just("ru"), Just("en")]),
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
            tiles: tiles
                .map(|(host, by)| Tiles::new(&format!("https://{host}.example/{{z}}/{{x}}/{{y}}.png"), &by))
                .and_then(Result::ok),
            embed,
            look: Look { theme: look.0, transparent: look.1, plain: look.2, fit: look.3, still: look.4 },
            lang: lang.map(str::to_string),
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

#[test]
fn history_entries_follow_the_kind_of_change() {
    use karabakh_services_map::query::url::{Camera, Change, ViewState};
    let base = ViewState::default();
    let mut moved = base.clone();
    moved.camera = Some(Camera {
        lat: 39.7,
        lon: 46.7,
        zoom: 9.0,
    });
    assert_eq!(Change::between(&base, &moved), Change::Camera);
    let mut typed = moved.clone();
    typed.filters.search = "shu".into();
    assert_eq!(Change::between(&moved, &typed), Change::Search);
    let mut timed = base.clone();
    timed.filters.to = Month::parse("2021-01");
    assert_eq!(Change::between(&base, &timed), Change::Time);
    let mut chosen = base.clone();
    chosen.selected = Some("a".into());
    assert_eq!(Change::between(&base, &chosen), Change::Choice);
    // A map move never makes an entry; typing and sliding make one per burst; choices always.
    assert!(Change::Camera.replaces(Change::Choice));
    assert!(Change::Search.replaces(Change::Search));
    assert!(!Change::Search.replaces(Change::Time));
    assert!(!Change::Choice.replaces(Change::Choice));
}

#[test]
fn render_options_other_than_the_known_ones_are_ignored() {
    let state = parse("theme=purple&transparent=yes&plain=0&fit=1&static=true&embed=1");
    assert_eq!(
        state.look,
        Look {
            fit: true,
            ..Look::default()
        }
    );
    assert_eq!(write(&state), "embed=1&fit=1");
    assert!(parse("embed=1&static=1").look.still);
    assert_eq!(parse("theme=dark").look.theme, Some("dark"));
}

#[test]
fn a_family_is_isolated_then_shown_with_all_again_and_added_or_removed_whole() {
    use karabakh_services_map::query::Filters;
    let money: Vec<String> = vec!["bank".into(), "atm".into()];
    let food: Vec<String> = vec!["bakery".into()];
    let mut f = Filters::default();
    f.isolate(&money);
    assert_eq!(f.categories.iter().collect::<Vec<_>>(), ["atm", "bank"]);
    // Another family's second control adds it; choosing money now shows only money again.
    f.toggle_all(&food);
    assert!(f.has_all(&money) && f.has_all(&food));
    f.isolate(&money);
    assert!(f.has_all(&money) && !f.has_all(&food));
    // Choosing the family that alone is shown shows every category.
    f.isolate(&money);
    assert!(f.categories.is_empty());
    // A family half ticked is completed, then removed whole.
    f.categories.insert("bank".into());
    f.toggle_all(&money);
    assert!(f.has_all(&money));
    f.toggle_all(&money);
    assert!(f.categories.is_empty());
}

#[test]
fn toggling_a_choice_twice_and_moving_bounds_past_each_other() {
    use karabakh_services_map::query::{Bound, Facet, Filters};
    let mut f = Filters::default();
    f.toggle(Facet::Category, "bank");
    f.toggle(Facet::Status, "opened");
    f.toggle(Facet::Status, "opend");
    assert!(f.is_chosen(Facet::Category, "bank") && f.is_chosen(Facet::Status, "opened"));
    assert_eq!(f.statuses.len(), 1);
    f.toggle(Facet::Category, "bank");
    assert!(!f.is_chosen(Facet::Category, "bank"));
    let m = |t: &str| Month::parse(t).unwrap();
    let span = (m("2020-11"), m("2025-11"));
    f.set_bound(Bound::To, m("2021-06"), span);
    f.set_bound(Bound::From, m("2022-01"), span);
    assert_eq!((f.from, f.to), (Some(m("2022-01")), Some(m("2022-01"))));
    f.set_bound(Bound::To, m("2025-11"), span);
    f.set_bound(Bound::From, m("2020-11"), span);
    assert_eq!(
        (f.from, f.to),
        (None, None),
        "the span's own ends keep the URL empty"
    );
    f.set_bound(Bound::To, m("2030-01"), span);
    assert_eq!(f.to, None, "clamped to the span");
}

#[test]
fn a_tile_layer_in_the_link_needs_https_the_placeholders_and_an_attribution() {
    let ok = parse(
        "tiles=https%3A%2F%2Ft.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png&tiles_by=%C2%A9%20Example",
    );
    assert_eq!(ok.tiles.unwrap().attribution, "© Example");
    for bad in [
        "tiles=http%3A%2F%2Ft.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png&tiles_by=x",
        "tiles=https%3A%2F%2Ft.example%2Ftile.png&tiles_by=x",
        "tiles=https%3A%2F%2Ft.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png",
        "tiles=javascript%3Aalert(1)%7Bz%7D%7Bx%7D%7By%7D&tiles_by=x",
    ] {
        assert_eq!(parse(bad).tiles, None, "{bad}");
    }
}

#[test]
fn only_the_three_languages_are_read_from_the_link() {
    assert_eq!(parse("lang=az").lang.as_deref(), Some("az"));
    assert_eq!(parse("lang=ru").lang.as_deref(), Some("ru"));
    for bad in [
        "lang=de",
        "lang=de-AZ",
        "lang=",
        "lang=%3Cscript%3E",
        "lang=azz",
        "lang=-az",
    ] {
        assert_eq!(parse(bad).lang, None, "{bad}");
    }
}

#[test]
fn language_tags_are_read_in_any_case_and_with_subtags() {
    for (tag, lang) in [
        ("AZ", "az"),
        ("az-Latn-AZ", "az"),
        ("Ru-ru", "ru"),
        ("ru_RU", "ru"),
        ("EN-gb", "en"),
    ] {
        assert_eq!(
            parse(&format!("lang={tag}")).lang.as_deref(),
            Some(lang),
            "{tag}"
        );
    }
    // The link written back names the language as the interface does.
    let state = parse("lang=az-Latn-AZ");
    assert!(write(&state).contains("lang=az"));
    assert!(!write(&state).contains("Latn"));
}

#[test]
fn the_shipped_config_json_is_valid_and_allows_no_other_origin() {
    use karabakh_services_map::query::source::parse_config;
    let text =
        std::fs::read_to_string(format!("{}/public/config.json", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let config = parse_config(&text).unwrap();
    assert!(config.allowed_data_origins.is_empty());
    assert!(!config.allows("https://example.org"));
}

#[test]
fn a_tile_template_may_use_only_the_placeholders_leaflet_fills() {
    let by = "© Tiles";
    for good in [
        "https://{s}.tiles.example/{z}/{x}/{y}.png",
        "https://tiles.example/{z}/{x}/{-y}{r}.png?{y}",
        "https://tiles.example/{z}/{x}/{y}.png?style={s}",
    ] {
        assert!(Tiles::new(good, by).is_ok(), "{good}");
    }
    for bad in [
        "https://tiles.example/{z}/{x}/{y}{foo}.png",
        "https://tiles.example/{z}/{x}/{y}.png?k={apikey}",
        "https://tiles.example/{z}/{x}/{y}.png{",
        "https://tiles.example/{z}/{x}/{y}/{}.png",
    ] {
        assert_eq!(Tiles::new(bad, by), Err(Rule::TilePlaceholders), "{bad}");
    }
    let link =
        "tiles=https%3A%2F%2Ft.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D%7Bfoo%7D.png&tiles_by=T";
    assert_eq!(parse(link).tiles, None);
}
