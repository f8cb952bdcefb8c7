//! No input makes the parsers panic, and every valid dataset survives export → import
//! unchanged. Run counts: 3 × 40,000 arbitrary or mutated inputs and 3 × 1,000 structured
//! datasets per `cargo test` (over 100,000 cases).

mod common;

use karabakh_services_map::convert::{csv_table, features, text};
use karabakh_services_map::model::{
    load, write, Category, Dataset, DateBasis, Licence, Localized, Location, LocationPrecision,
    PartialDate, Record, Shape, Source, Status, StatusChange,
};
use proptest::prelude::*;

fn shipped_text() -> String {
    common::text("public/data/dataset.json")
}

/// Feeds `bytes` to every parser; they may reject it but must not panic.
fn parse_everything(bytes: &[u8]) {
    let Ok(text) = text::decode("fuzz", bytes) else {
        return;
    };
    let _ = load(&text);
    let _ = csv_table::import("fuzz.csv", &text, None);
    let _ = features::import("fuzz.geojson", &text, None);
}

/// A valid document with a few bytes changed, inserted or removed: reaches deep into the reader.
fn mutated(base: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec((0..base.len(), any::<u8>(), 0u8..3), 1..6).prop_map(move |edits| {
        let mut bytes = base.to_vec();
        for (at, byte, kind) in edits {
            let at = at.min(bytes.len().saturating_sub(1));
            match kind {
                0 => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ => {
                    bytes.remove(at);
                }
            }
        }
        bytes
    })
}

fn leak(text: String) -> &'static [u8] {
    Box::leak(text.into_boxed_str()).as_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        parse_everything(&bytes);
    }

    #[test]
    fn mutated_csv_never_panics(bytes in mutated(leak(small_csv()))) {
        parse_everything(&bytes);
    }

    #[test]
    fn mutated_json_and_geojson_never_panic(bytes in mutated(leak(small_json())), as_geojson in any::<bool>()) {
        if as_geojson {
            if let Ok(text) = String::from_utf8(bytes.clone()) {
                if let Ok(loaded) = load(&text) {
                    let _ = features::import("fuzz.geojson", &features::export_text(&loaded.dataset), None);
                }
            }
        }
        parse_everything(&bytes);
    }
}

fn small_json() -> String {
    let mut d = load(&shipped_text()).unwrap().dataset;
    d.records.truncate(3);
    write::to_json(&d)
}

fn small_csv() -> String {
    let mut d = load(&shipped_text()).unwrap().dataset;
    d.records.truncate(3);
    csv_table::export(&d)
}

// Structured datasets: any valid dataset round-trips.

fn words() -> impl Strategy<Value = String> {
    "[A-Za-z0-9ÇçĞğİıÖöŞşÜüƏəА-Яа-я,;\"'()/&.:-]{1,12}( [A-Za-z0-9ÇçƏə,;\"'/-]{1,10}){0,3}"
}

fn date() -> impl Strategy<Value = PartialDate> {
    (
        2000i32..2030,
        proptest::option::of((1u8..=12, proptest::option::of(1u8..=28))),
    )
        .prop_map(|(y, md)| match md {
            None => PartialDate {
                year: y,
                month: None,
                day: None,
            },
            Some((m, d)) => PartialDate {
                year: y,
                month: Some(m),
                day: d,
            },
        })
}

fn change() -> impl Strategy<Value = StatusChange> {
    (
        prop_oneof![
            Just(Status::Planned),
            Just(Status::Opened),
            Just(Status::Closed)
        ],
        proptest::option::of(date()),
        any::<bool>(),
        prop_oneof![Just(DateBasis::Event), Just(DateBasis::Reported)],
        proptest::option::of(words()),
    )
        .prop_map(|(status, date, approximate, basis, note)| StatusChange {
            status,
            date,
            approximate,
            basis,
            note,
        })
}

fn source() -> impl Strategy<Value = Source> {
    (
        words(),
        proptest::option::of(words()),
        proptest::option::of(date()),
        proptest::option::of("https://[a-z]{1,10}\\.org/[a-z0-9/]{0,12}"),
    )
        .prop_map(|(outlet, title, date, url)| {
            let title = if url.is_none() && title.is_none() {
                Some("Untitled".to_string())
            } else {
                title
            };
            Source {
                outlet,
                title,
                date,
                url,
            }
        })
}

fn location() -> impl Strategy<Value = Location> {
    (
        words(),
        proptest::option::of(words()),
        proptest::option::of((-90.0f64..90.0, -180.0f64..180.0)),
        prop_oneof![
            Just(LocationPrecision::Exact),
            Just(LocationPrecision::Settlement),
            Just(LocationPrecision::District)
        ],
        proptest::option::of(words()),
    )
        .prop_map(|(town, district, position, precision, note)| Location {
            town,
            district,
            lat: position.map(|p| p.0),
            lon: position.map(|p| p.1),
            precision: if position.is_some() {
                precision
            } else {
                LocationPrecision::Unknown
            },
            note,
        })
}

fn record(i: usize) -> impl Strategy<Value = Record> {
    (
        words(),
        proptest::option::of(words()),
        0usize..3,
        proptest::option::of(words()),
        proptest::collection::vec(change(), 1..4),
        location(),
        proptest::option::of(words()),
        proptest::collection::vec(source(), 1..4),
    )
        .prop_map(
            move |(name, name_az, category, operator, mut status, location, notes, sources)| {
                // Status changes in date order: sort by first day, undated ones keep their place.
                status.sort_by_key(|c| c.date.map(|d| d.first_day()));
                let mut names = Localized::en(name);
                if let Some(az) = name_az {
                    names.insert("az".into(), az);
                }
                Record {
                    id: format!("record-{i}"),
                    name: names,
                    category: ["bank", "atm", "post"][category].to_string(),
                    operator,
                    status,
                    location,
                    notes,
                    sources,
                    held: None,
                    facts: Vec::new(),
                }
            },
        )
}

fn dataset() -> impl Strategy<Value = Dataset> {
    (0usize..6).prop_flat_map(|n| {
        let records: Vec<_> = (0..n).map(record).collect();
        (records, date()).prop_map(|(records, as_of)| {
            // "As of" is never before a change (a later one is a load problem, tested apart).
            let latest = records
                .iter()
                .flat_map(|r| r.status.iter().filter_map(|c| c.date))
                .max_by_key(|d| d.last_day());
            let as_of = match latest {
                Some(l) if l.last_day() > as_of.last_day() => l,
                _ => as_of,
            };
            Dataset {
                schema_version: 1,
                title: Localized::en("Generated"),
                description: Localized::default(),
                licence: Licence {
                    name: "CC0".into(),
                    url: None,
                },
                as_of,
                corrections: None,
                tiles: None,
                extent: None,
                categories: ["bank", "atm", "post"]
                    .iter()
                    .zip([Shape::Circle, Shape::Triangle, Shape::Square])
                    .map(|(id, shape)| Category {
                        id: id.to_string(),
                        label: Localized::en(*id),
                        color: "#1d4ed8".into(),
                        shape,
                        family: None,
                    })
                    .collect(),
                places: Vec::new(),
                context: Vec::new(),
                records,
            }
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_dataset_round_trips_through_json(d in dataset()) {
        let loaded = load(&write::to_json(&d)).unwrap();
        prop_assert!(loaded.is_valid(), "{:?}", loaded.problems);
        prop_assert_eq!(loaded.dataset, d);
    }

    #[test]
    fn any_valid_dataset_round_trips_through_csv(d in dataset()) {
        let metadata = write::metadata(&d);
        let again = csv_table::import("x.csv", &csv_table::export(&d), Some(&metadata));
        prop_assert_eq!(again, Ok(d));
    }

    #[test]
    fn any_valid_dataset_round_trips_through_geojson(d in dataset()) {
        let again = features::import("x.geojson", &features::export_text(&d), None);
        prop_assert_eq!(again, Ok(d));
    }
}
