//! The shipped dataset (`public/data/dataset.json`) follows every rule and keeps the promises
//! of `FACTS.md`: sources on every record, honest precision, nothing unmapped drawn.

use karabakh_services_map::model::{load, Dataset, DatePrecision, LocationPrecision, Status};

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
fn places_without_coordinates_are_listed_but_not_mapped() {
    let d = dataset();
    let talish = record(&d, "services-talish");
    assert_eq!(talish.location.precision, LocationPrecision::Unknown);
    assert!(d.mapped_records().all(|r| r.id != "services-talish"));
    assert!(d.mapped_records().count() < d.records.len());
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
        "public/data/dataset.csv is stale: regenerate it"
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
