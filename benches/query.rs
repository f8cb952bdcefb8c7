//! Prints how long the pure core takes on real point sets: 10,000 and 50,000 LINZ street
//! addresses (../shared/data/bench/), with categories, operators and dates assigned from a
//! seeded generator (the data has none), so the filter and cluster costs of a 50,000-point
//! dataset can be watched. Run: `cargo bench --bench query`. Prints figures; asserts nothing.

use std::time::{Duration, Instant};

use karabakh_services_map::model::{load_value, Dataset};
use karabakh_services_map::query::cluster::{cluster, RADIUS};
use karabakh_services_map::query::timeline::openings;
use karabakh_services_map::query::{url, Facet, Filters, Month, Query};
use serde_json::{json, Value};

/// A small deterministic generator (64-bit LCG), so every run sees the same dataset.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn dataset(points: &[Value]) -> Dataset {
    let categories = ["bank", "atm", "post", "shop", "health"];
    let mut rng = Lcg(42);
    let records: Vec<Value> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let month = 1 + rng.next(12);
            let year = 2020 + rng.next(5);
            json!({
                "id": format!("p-{i}"),
                "name": format!("Point {}", p[2].as_str().unwrap_or("")),
                "category": categories[rng.next(5) as usize],
                "operator": format!("Operator {}", rng.next(40)),
                "status": [{"status": "opened", "date": format!("{year}-{month:02}"), "date_precision": "month"}],
                "location": {"town": format!("Town {}", rng.next(200)), "district": format!("District {}", rng.next(20)),
                             "lat": p[0], "lon": p[1], "precision": "exact"},
                "sources": [{"outlet": "LINZ", "title": "NZ street addresses"}]
            })
        })
        .collect();
    let root = json!({
        "schema_version": 1, "title": "bench", "licence": {"name": "CC BY 4.0"}, "as_of": "2025-12",
        "categories": categories.iter().map(|c| json!({"id": c, "label": c, "color": "#1d4ed8", "shape": "circle"})).collect::<Vec<_>>(),
        "records": records,
    });
    let loaded = load_value(&root).expect("bench dataset loads");
    assert!(loaded.is_valid());
    loaded.dataset
}

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        std::hint::black_box(f());
        best = best.min(start.elapsed());
    }
    println!(
        "  {label:<44} {:>9.2} ms (best of {runs})",
        best.as_secs_f64() * 1e3
    );
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/bench");
    for name in ["linz-addresses-10k.json", "linz-addresses-50k.json"] {
        let Ok(text) = std::fs::read_to_string(format!("{dir}/{name}")) else {
            println!("{name}: not found in {dir}; skipped");
            continue;
        };
        let points: Vec<Value> = serde_json::from_str(&text).expect("point list");
        println!("{name}: {} points", points.len());
        let d = dataset(&points);
        let json = karabakh_services_map::model::write::to_json(&d);
        time("load (parse + validate)", 3, || {
            karabakh_services_map::model::load(&json).map(|l| l.dataset.records.len())
        });
        time("Query::new (search index, span)", 3, || Query::new(&d));
        let q = Query::new(&d);
        let none = Filters::default();
        let banks = Filters {
            categories: ["bank".to_string()].into(),
            ..Filters::default()
        };
        let searched = Filters {
            search: "operator 7".into(),
            ..Filters::default()
        };
        let timed = Filters {
            to: Month::new(2022, 6),
            ..Filters::default()
        };
        time("visible: no filter", 5, || q.visible(&d, &none).len());
        time("visible: category", 5, || q.visible(&d, &banks).len());
        time("visible: search", 5, || q.visible(&d, &searched).len());
        time("visible: status at June 2022", 5, || {
            q.visible(&d, &timed).len()
        });
        time("counts: four facets", 3, || {
            [
                Facet::Category,
                Facet::Status,
                Facet::District,
                Facet::Operator,
            ]
            .map(|f| q.counts(&d, &banks, f).len())
        });
        time("histogram of openings", 5, || {
            openings(d.records.iter(), q.span).months.len()
        });
        let positions: Vec<(f64, f64)> = d
            .records
            .iter()
            .filter_map(|r| r.location.coordinates())
            .collect();
        for zoom in [8.0, 12.0, 16.0] {
            time(&format!("cluster at zoom {zoom}"), 5, || {
                cluster(&positions, zoom, RADIUS, &[]).len()
            });
        }
        let state = url::parse("cat=bank&q=x&to=2022-06&lat=-37.8&lon=175.3&z=12");
        time("URL write + parse", 5, || url::parse(&url::write(&state)));
    }
}
