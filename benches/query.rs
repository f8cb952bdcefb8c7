//! Prints how long the pure core takes from 1,000 to 1,000,000 records: the LINZ street
//! address points (../shared/data/bench/; repeated with a small offset past 50,000), with
//! categories, operators and dates assigned from a seeded generator (the data has none).
//! Covers load, filter (one pass: visible and facet counts), status at a date, histogram,
//! list sorting and clustering, and compares the cluster index with the `supercluster` crate.
//! Run: `cargo bench --bench query` (`SIZES=1000,50000` to choose). Prints figures only.

use std::time::{Duration, Instant};

use karabakh_services_map::model::{load_value, Dataset};
#[path = "../tests/common/oracle.rs"]
mod oracle;
use karabakh_services_map::query::table::{rows, Column};
use karabakh_services_map::query::timeline::openings;
use karabakh_services_map::query::{url, Filters, Month, Query};
use karabakh_services_map::scene::cluster::{Bounds, ClusterIndex};
use oracle::summarize;
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
        "  {label:<52} {:>10.2} ms (best of {runs})",
        best.as_secs_f64() * 1e3
    );
}

/// `n` points: the LINZ points in order, then again with a small deterministic offset per
/// round, so 1M points keep the clumping of real addresses.
fn points(all: &[Value], n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let p = &all[i % all.len()];
            let round = (i / all.len()) as f64;
            let lat = p[0].as_f64().unwrap_or(0.0) + round * 0.000_37;
            let lon = p[1].as_f64().unwrap_or(0.0) + round * 0.000_53;
            json!([lat, lon, p[2]])
        })
        .collect()
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/bench");
    let name = "linz-addresses-50k.json";
    let Ok(text) = std::fs::read_to_string(format!("{dir}/{name}")) else {
        println!("{name}: not found in {dir}; nothing to measure");
        return;
    };
    let all: Vec<Value> = serde_json::from_str(&text).expect("point list");
    let sizes: Vec<usize> = std::env::var("SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 50_000, 200_000, 1_000_000]);
    for n in sizes {
        let runs = if n >= 200_000 { 1 } else { 3 };
        println!("{n} records (LINZ points, seeded categories and dates):");
        let d = dataset(&points(&all, n));
        let json = karabakh_services_map::model::write::to_json(&d);
        time("load (parse + validate)", runs, || {
            karabakh_services_map::model::load(&json).map(|l| l.dataset.records.len())
        });
        time(
            "load: the split alone (one scan, records kept as text)",
            runs,
            || karabakh_services_map::model::split(&json).map(|s| s.records.len()),
        );
        time("Query::new (search index, filter keys)", runs, || {
            Query::new(&d)
        });
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
        time("filter: nothing (visible + 4 facet counts)", runs, || {
            q.evaluate(&none).visible.len()
        });
        time("filter: one category", runs, || {
            q.evaluate(&banks).visible.len()
        });
        time("filter: search", runs, || {
            q.evaluate(&searched).visible.len()
        });
        time("filter: status at June 2022", runs, || {
            q.evaluate(&timed).visible.len()
        });
        time("status at a date, every record", runs, || {
            (0..d.records.len())
                .filter(|&i| q.status_at(i, Month::new(2023, 1).unwrap()).is_some())
                .count()
        });
        let all: Vec<usize> = (0..d.records.len()).collect();
        let june = Month::new(2022, 6).unwrap();
        time(
            "summary (statuses, towns): plain, every record",
            runs,
            || summarize(&d, &all, june, q.as_of).towns,
        );
        time(
            "summary (statuses, towns): prepared, every record",
            runs,
            || q.summarize(&all, june).towns,
        );
        time("histogram of openings", runs, || {
            openings(d.records.iter(), q.span).months.len()
        });
        time("list rows sorted by date", runs, || {
            let visible: Vec<usize> = (0..d.records.len()).collect();
            rows(&d, &q, &visible, q.span.1, (Column::Date, true), "", "en").len()
        });
        let positions: Vec<(f64, f64)> = d
            .records
            .iter()
            .filter_map(|r| r.location.coordinates())
            .collect();
        time("cluster index: build", runs, || {
            ClusterIndex::new(&positions).len()
        });
        let mut index = ClusterIndex::new(&positions);
        time("cluster index: filter (recompute totals)", runs, || {
            index.set_visible(|i| i % 4 == 0);
        });
        index.set_visible(|_| true);
        let (lat, lon) = positions[0];
        for zoom in [4.0, 8.0, 12.0, 16.0] {
            // A 1280×800 view plus a quarter on each side, around the first point.
            let half = 360.0 / 2f64.powf(zoom) * 1280.0 / 256.0 * 0.75;
            let view = Bounds {
                south: lat - half * 0.625,
                west: lon - half,
                north: lat + half * 0.625,
                east: lon + half,
            };
            time(
                &format!("cluster index: query view at zoom {zoom}"),
                runs,
                || index.query(zoom, Some(view), &[]).len(),
            );
        }
        compare_supercluster(&positions, runs);
        let state = url::parse("cat=bank&q=x&to=2022-06&lat=-37.8&lon=175.3&z=12");
        time("URL write + parse", 5, || url::parse(&url::write(&state)));
    }
}

/// The same build and query with the `supercluster` crate (3.x), for the choice of index.
fn compare_supercluster(positions: &[(f64, f64)], runs: u32) {
    use supercluster::{CoordinateSystem, Supercluster};
    let options = || {
        Supercluster::builder()
            .radius(44.0)
            .extent(256.0)
            .max_zoom(18)
            .coordinate_system(CoordinateSystem::LatLng)
            .build()
    };
    let features = || {
        Supercluster::feature_builder()
            .add_points(positions.iter().map(|&(lat, lon)| vec![lon, lat]).collect())
            .build()
    };
    time("supercluster crate: build (features + load)", runs, || {
        let mut s = Supercluster::new(options());
        s.load(features()).map(|_| ()).ok()
    });
    let mut s = Supercluster::new(options());
    if s.load(features()).is_err() {
        return;
    }
    let (lat, lon) = positions[0];
    for zoom in [4u8, 8, 12, 16] {
        let half = 360.0 / 2f64.powi(i32::from(zoom)) * 1280.0 / 256.0 * 0.75;
        let bbox = [
            lon - half,
            lat - half * 0.625,
            lon + half,
            lat + half * 0.625,
        ];
        time(
            &format!("supercluster crate: query view at zoom {zoom}"),
            runs,
            || s.get_clusters(bbox, zoom).map(|c| c.len()).ok(),
        );
    }
}
