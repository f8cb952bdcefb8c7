//! The shipped dataset (`public/data/dataset.json`) follows every rule and keeps the promises
//! of `FACTS.md`: sources on every record, honest precision, nothing unmapped drawn.

use std::collections::BTreeSet;

use karabakh_services_map::model::{
    load, Dataset, DateBasis, DatePrecision, LocationPrecision, Status,
};
use karabakh_services_map::query::timeline::status_at;
use karabakh_services_map::query::Month;

fn dataset() -> Dataset {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/dataset.json");
    let text = std::fs::read_to_string(path).unwrap();
    let loaded = load(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(loaded.is_valid(), "{:#?}", loaded.problems);
    loaded.dataset
}

fn record<'a>(d: &'a Dataset, id: &str) -> &'a karabakh_services_map::model::Record {
    d.records
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no record {id}"))
}

#[test]
fn default_dataset_is_valid_and_every_record_has_a_source() {
    let d = dataset();
    assert!(d.records.len() >= 60);
    assert!(d.records.iter().all(|r| !r.sources.is_empty()));
}

#[test]
fn rows_naming_several_towns_become_one_record_per_town() {
    let d = dataset();
    for town in ["jabrayil", "gubadli", "zangilan", "fuzuli", "hadrut"] {
        record(&d, &format!("modular-post-office-{town}"));
    }
    for town in [
        "shusha", "lachin", "gubadli", "aghdam", "jabrayil", "kalbajar", "zangilan",
    ] {
        record(&d, &format!("kapital-bank-branch-{town}"));
    }
}

#[test]
fn the_first_hadrut_atm_is_not_attributed_to_any_bank() {
    let d = dataset();
    let atm = record(&d, "first-atm-hadrut");
    assert_eq!(atm.operator, None);
    let date = atm.status[0].date.unwrap();
    assert_eq!(date.precision(), DatePrecision::Month);
    assert_eq!(date.to_string(), "2020-12");
}

#[test]
fn dost_shusha_has_a_planned_then_opened_history() {
    let d = dataset();
    let dost = record(&d, "dost-centre-shusha");
    let statuses: Vec<Status> = dost.status.iter().map(|s| s.status).collect();
    assert_eq!(statuses, [Status::Planned, Status::Planned, Status::Opened]);
}

#[test]
fn places_the_fact_list_locates_are_drawn_there_and_the_rest_at_their_district() {
    let d = dataset();
    // The fourth pass gives Khankendi, Askeran and Khojaly their coordinates.
    for (id, lat, lon) in [
        ("post-branch-khankendi", 39.8153, 46.7519),
        ("bulud-hotel-khankendi", 39.8153, 46.7519),
        ("karabakh-university-khankendi", 39.8153, 46.7519),
        ("post-office-askeran", 39.9367, 46.8328),
        ("kindergarten-khojaly", 39.9111, 46.7892),
    ] {
        assert_eq!(
            record(&d, id).location.coordinates(),
            Some((lat, lon)),
            "{id}"
        );
        assert!(d.mapped_records().any(|r| r.id == id), "{id}");
    }
    // Kangarli and Khidirli are not located: shown at Aghdam, at district precision.
    for id in ["school-kangarli", "school-khidirli"] {
        let r = record(&d, id);
        assert_eq!(r.location.coordinates(), Some((39.9931, 46.9306)), "{id}");
        assert_eq!(r.location.precision, LocationPrecision::District, "{id}");
        assert!(r.location.note.as_deref().unwrap().contains("not located"));
    }
    // A record with no place at all is still listed, not drawn.
    assert!(d.mapped_records().count() < d.records.len());
}

#[test]
fn villages_located_in_the_fact_list_are_drawn_there() {
    let d = dataset();
    for (id, lat, lon) in [
        ("services-talish", 40.3814, 46.7408),
        ("school-zabukh", 39.5897, 46.5433),
        ("services-girmizi-bazar", 39.6758, 46.9486),
        ("novruz-fair-mammadbayli", 39.16, 46.8075),
        ("services-horovlu", 39.4, 47.0947),
        ("services-ballija", 39.8667, 46.75),
        ("asan-kiosk-aghali", 39.1803, 46.7592),
    ] {
        let r = record(&d, id);
        assert_eq!(r.location.coordinates(), Some((lat, lon)), "{id}");
        assert_eq!(r.location.precision, LocationPrecision::Settlement, "{id}");
        assert!(
            r.location.note.is_some(),
            "{id} says where its point comes from"
        );
    }
    // Whole minutes only: the note says how far off the point may be.
    let ballija = record(&d, "services-ballija");
    assert!(ballija.location.note.as_deref().unwrap().contains("±1 km"));
}

#[test]
fn a_place_named_only_as_probable_says_so() {
    let d = dataset();
    let bank = record(&d, "central-bank-branch-shusha");
    assert_eq!(bank.location.precision, LocationPrecision::Probable);
    assert!(bank.location.note.as_deref().unwrap().contains("probably"));
    // Still drawn, at the probable town.
    assert!(d.mapped_records().any(|r| r.id == bank.id));
}

#[test]
fn reports_the_sources_do_not_join_stay_separate_records() {
    let d = dataset();
    // Rows 39 and 40: a 2022 construction (no operator named) and Azerpost's later search.
    let built = record(&d, "post-office-shusha");
    assert_eq!(built.operator, None);
    assert_eq!(built.status.len(), 1);
    assert_eq!(built.status[0].basis, DateBasis::Reported);
    assert_eq!(
        record(&d, "azerpost-post-services-shusha")
            .operator
            .as_deref(),
        Some("Azerpost")
    );
    // Rows 2 and 41: the 2021 modular office and the 2025 target.
    assert_eq!(record(&d, "modular-post-office-jabrayil").status.len(), 1);
    assert_eq!(
        record(&d, "post-services-jabrayil").status[0]
            .date
            .unwrap()
            .to_string(),
        "2025"
    );
}

#[test]
fn a_fair_whose_last_day_no_source_gives_is_not_closed_by_a_guess() {
    let d = dataset();
    let as_of = Month::last_of(&d.as_of);
    // "Is being held" on 2024-03-19, and no end day in either source (fourth pass, #17).
    let fair = record(&d, "can-lachin-novruz-fair");
    let held = fair.held.expect("the fair says when it was held");
    assert_eq!(held.from.unwrap().to_string(), "2024-03-19");
    assert_eq!(held.to, None);
    assert_eq!(fair.ended(), None);
    let month = |text| Month::parse(text).unwrap();
    assert_eq!(status_at(fair, month("2024-02"), as_of), None);
    assert_eq!(
        status_at(fair, month("2024-03"), as_of),
        Some(Status::Opened)
    );
    // A fair only announced stays planned: no report says it was held.
    let planned = record(&d, "new-year-fair-khankendi");
    assert_eq!(
        planned.held.and_then(|h| h.from).unwrap().to_string(),
        "2025-12-27"
    );
    assert_eq!(status_at(planned, as_of, as_of), Some(Status::Planned));
}

#[test]
fn as_of_is_the_date_of_the_latest_report_used() {
    let d = dataset();
    let dates = d
        .records
        .iter()
        .flat_map(|r| &r.sources)
        .chain(d.context.iter().flat_map(|c| &c.sources))
        .filter_map(|s| s.date);
    let latest = dates.max_by_key(|date| date.last_day()).unwrap();
    assert_eq!(d.as_of, latest);
}

#[test]
fn villages_without_coordinates_are_shown_at_district_precision() {
    let d = dataset();
    let eyvazli = record(&d, "socar-station-eyvazli");
    assert_eq!(eyvazli.location.precision, LocationPrecision::District);
    assert_eq!(eyvazli.location.town, "Eyvazli");
}

#[test]
fn context_figures_are_not_points() {
    let d = dataset();
    let post = d
        .context
        .iter()
        .find(|c| c.id == "post-offices-before-occupation")
        .unwrap();
    assert_eq!(post.value, Some(295.0));
    let budget = d
        .context
        .iter()
        .find(|c| c.id == "reconstruction-budget-2021")
        .unwrap();
    assert_eq!(
        (budget.value, budget.unit.as_deref()),
        (Some(2.2e9), Some("AZN"))
    );
}

#[test]
fn at_most_eight_families_each_with_its_own_shape_and_colour() {
    let d = dataset();
    let families = d.families();
    assert!(families.len() <= 8, "{} families", families.len());
    let shapes: std::collections::HashSet<_> = families.iter().map(|f| f.shape).collect();
    let colours: std::collections::HashSet<_> = families.iter().map(|f| &f.color).collect();
    assert_eq!(shapes.len(), families.len(), "two families share a shape");
    assert_eq!(colours.len(), families.len(), "two families share a colour");
    // A family's categories look alike on the map: same colour and shape as the family.
    for f in &families {
        for &i in &f.categories {
            let c = &d.categories[i];
            assert_eq!((c.shape, &c.color), (f.shape, &f.color), "{}", c.id);
        }
    }
    let used: std::collections::HashSet<&str> =
        d.records.iter().map(|r| r.category.as_str()).collect();
    assert!(
        d.categories.iter().all(|c| used.contains(c.id.as_str())),
        "a category no record uses"
    );
}

#[test]
fn writing_then_loading_gives_back_the_same_dataset() {
    let d = dataset();
    let text = karabakh_services_map::model::write::to_json(&d);
    let again = load(&text).unwrap();
    assert!(again.is_valid(), "{:#?}", again.problems);
    assert_eq!(again.dataset, d);
}

#[test]
fn the_shipped_csv_is_the_dataset_exported() {
    // public/data/dataset.csv is linked from the page's <noscript> text; regenerate it with
    // `cargo run --bin datatool -- export-csv public/data/dataset.json -o public/data/dataset.csv`.
    let csv = std::fs::read_to_string(format!(
        "{}/public/data/dataset.csv",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let expected = karabakh_services_map::convert::Format::Csv.export(&dataset());
    assert!(
        csv == expected,
        "public/data/dataset.csv is stale: regenerate it with `cargo run --bin datatool -- \
         export-csv public/data/dataset.json -o public/data/dataset.csv`"
    );
}

#[test]
fn the_default_dataset_declares_its_area_and_every_record_lies_in_it() {
    let text = std::fs::read_to_string(format!(
        "{}/public/data/dataset.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let loaded = karabakh_services_map::model::load(&text).unwrap();
    let extent = loaded
        .dataset
        .extent
        .expect("the default dataset declares an extent");
    // Karabakh and East Zangezur, with a margin.
    assert!(extent.west < 46.0 && extent.east > 47.3 && extent.south < 39.0 && extent.north > 40.3);
    assert!(loaded.flags.is_empty(), "{:#?}", loaded.flags);
}

/// The fact list the default dataset is compiled from (a copy of the team's `FACTS.md`).
fn fact_list() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/FACTS.md")).unwrap()
}

/// The numbered rows of a fact list (`| 48 | … |`) and its section headings.
fn rows_and_sections(facts: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut rows = BTreeSet::new();
    let mut sections = BTreeSet::new();
    for line in facts.lines() {
        if let Some(heading) = line.strip_prefix("## ").or(line.strip_prefix("### ")) {
            sections.insert(heading.trim().to_string());
        }
        let first = line.strip_prefix('|').and_then(|l| l.split('|').next());
        if let Some(n) = first.map(str::trim).filter(|n| n.parse::<u32>().is_ok()) {
            rows.insert(format!("row {n}"));
        }
    }
    (rows, sections)
}

/// Where the dataset and its fact list disagree: rows nothing cites, records and figures that
/// cite nothing, and citations of rows or sections the list does not have.
fn drift(facts: &str, d: &Dataset) -> Vec<String> {
    let (rows, sections) = rows_and_sections(facts);
    let citing = d
        .records
        .iter()
        .map(|r| (format!("record {}", r.id), &r.facts))
        .chain(
            d.context
                .iter()
                .map(|c| (format!("context figure {}", c.id), &c.facts)),
        );
    let mut problems = Vec::new();
    let mut cited = BTreeSet::new();
    for (what, refs) in citing {
        if refs.is_empty() {
            problems.push(format!("{what} cites no fact-list row"));
        }
        for r in refs {
            if !rows.contains(r) && !sections.contains(r) {
                problems.push(format!(
                    "{what} cites \"{r}\", which the fact list does not have"
                ));
            }
            cited.insert(r.clone());
        }
    }
    for row in rows.difference(&cited) {
        problems.push(format!(
            "{row} of the fact list is cited by no record or figure"
        ));
    }
    problems
}

#[test]
fn every_fact_list_row_is_in_the_dataset_and_everything_cites_one() {
    let facts = fact_list();
    let (rows, _) = rows_and_sections(&facts);
    assert_eq!(rows.len(), 86, "FACTS.md numbers rows 1 to 86");
    assert_eq!(drift(&facts, &dataset()), Vec::<String>::new());
}

#[test]
fn removing_a_row_number_from_the_dataset_is_caught() {
    let facts = fact_list();
    let (rows, _) = rows_and_sections(&facts);
    // Every row, one at a time: take its number off every record and figure citing it.
    for row in &rows {
        let mut d = dataset();
        for refs in d
            .records
            .iter_mut()
            .map(|r| &mut r.facts)
            .chain(d.context.iter_mut().map(|c| &mut c.facts))
        {
            refs.retain(|r| r != row);
        }
        let problems = drift(&facts, &d);
        assert!(
            problems.contains(&format!(
                "{row} of the fact list is cited by no record or figure"
            )),
            "{row}: {problems:?}"
        );
    }
    // A record citing nothing, or a row the list lacks, is caught too.
    let mut d = dataset();
    d.records[0].facts.clear();
    d.context[0].facts = vec!["row 999".into()];
    let problems = drift(&facts, &d);
    assert!(problems
        .iter()
        .any(|p| p.ends_with("cites no fact-list row")));
    assert!(problems
        .iter()
        .any(|p| p.contains("\"row 999\", which the fact list does not have")));
}

#[test]
fn the_shipped_fact_list_is_the_team_fact_list() {
    // The team keeps FACTS.md beside the project (../shared/data); the shipped copy must match it
    // wherever that folder exists (it does not on a bare clone).
    let team = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/FACTS.md");
    match std::fs::read_to_string(team) {
        Ok(text) => assert!(
            text == fact_list(),
            "public/data/FACTS.md differs from {team}: copy it again and update the dataset"
        ),
        Err(_) => {
            eprintln!("{team} not found: the shipped copy is checked against the dataset only")
        }
    }
}

#[test]
fn the_fourth_pass_corrections_hold() {
    let d = dataset();
    // Zabukh: on 2023-08-25 only the school's design and reconstruction began.
    for r in d.records.iter().filter(|r| r.location.town == "Zabukh") {
        let first = &r.status[0];
        assert_eq!(first.status, Status::Planned, "{}", r.id);
        assert!(
            !r.status.iter().any(|s| s.status == Status::Opened
                && s.date.as_ref().map(|d| d.to_string()).as_deref() == Some("2023-08-25")),
            "{} opened on 2023-08-25",
            r.id
        );
    }
    assert!(d.records.iter().any(|r| r.id == "doctors-station-zabukh"));
    // Kapital Bank's seven branches of row 31: the source names regions, not towns.
    let kapital: Vec<_> = d
        .records
        .iter()
        .filter(|r| r.facts.iter().any(|f| f == "row 31"))
        .collect();
    assert_eq!(kapital.len(), 7);
    for r in kapital {
        assert_eq!(
            r.location.precision,
            LocationPrecision::District,
            "{}",
            r.id
        );
    }
    // Shusha's Public Services Center opened on 2024-07-05.
    let center = record(&d, "public-services-center-shusha");
    assert_eq!(center.status.last().unwrap().status, Status::Opened);
    assert_eq!(
        center
            .status
            .last()
            .unwrap()
            .date
            .as_ref()
            .map(|d| d.to_string()),
        Some("2024-07-05".to_string())
    );
    // The Zangilan fair was in Mammadbayli; Aghali held only the festival.
    assert!(d
        .records
        .iter()
        .all(|r| !(r.category == "market" && r.location.town == "Aghali")));
}

#[test]
fn aghali_services_are_counted_once_and_row_60_waits_past_as_of() {
    let d = dataset();
    // Row 37's report of 2024-01-15 names services that have records of their own: each
    // service is named by one Aghali record only.
    for service in ["ASAN", "DOST", "SME"] {
        let named: Vec<_> = d
            .records
            .iter()
            .filter(|r| r.location.town == "Aghali" && r.name.get("en").contains(service))
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(named.len(), 1, "{service}: {named:?}");
    }
    let sme = record(&d, "sme-centre-aghali");
    assert_eq!(
        sme.status[0]
            .date
            .as_ref()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2022-07-19")
    );
    // Row 60's festival fell in March 2026 at the earliest, after the as-of date: nothing it
    // describes may count as opened.
    let row_60: Vec<_> = d
        .records
        .iter()
        .filter(|r| r.facts.iter().any(|f| f == "row 60"))
        .collect();
    assert_eq!(row_60.len(), 3);
    for r in row_60 {
        assert!(
            r.status.iter().all(|s| s.status == Status::Planned),
            "{} shows as held",
            r.id
        );
    }
    // Row 44: the page shows no date, so its month is an estimate.
    assert!(record(&d, "araz-valley-mobile-campus").status[0].approximate);
}
