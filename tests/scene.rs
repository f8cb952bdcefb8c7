//! The map's scene on the shipped dataset: what is drawn at three zooms (pinned by golden
//! files), what opening a cluster does, and that a filter change recounts clusters.
//!
//! After a deliberate change to the data or the drawing, `UPDATE_GOLDEN=1 cargo test --test
//! scene` writes the golden files again; review their diff like code.

mod common;

use karabakh_services_map::model::Dataset;
use karabakh_services_map::query::{Filters, Query};
use karabakh_services_map::scene::cluster::Bounds;
use karabakh_services_map::scene::{Frame, Key, MapNode, Opening, Scene};
use karabakh_services_map::words::text::{EN, RU};
use serde_json::{json, Value};

/// The region the default dataset covers, as the map's first view shows it.
const REGION: Bounds = Bounds {
    south: 38.3,
    west: 44.8,
    north: 40.9,
    east: 48.6,
};

fn drawn(
    d: &Dataset,
    filters: &Filters,
    zoom: f64,
    t: &'static karabakh_services_map::words::text::Text,
) -> (Scene, Vec<(Key, MapNode)>) {
    let q = Query::new(d);
    let families = d.families();
    let mut scene = Scene::new(d);
    let e = q.evaluate(filters);
    scene.update(&q, &e.visible, q.as_of, families.len());
    let frame = Frame {
        t,
        zoom,
        view: Some(REGION),
        open: &[],
        at: q.as_of,
        stepping: false,
    };
    let nodes = scene.draw(d, &q, &families, &frame);
    (scene, nodes)
}

/// What a golden file pins of a drawing: keys, titles, counts, rings and places.
fn summary(nodes: &[(Key, MapNode)]) -> Value {
    let mut out: Vec<Value> = nodes
        .iter()
        .map(|(key, node)| match node {
            MapNode::Point(p) => {
                json!({"key": key.to_string(), "title": p.title, "color": p.color})
            }
            MapNode::Cluster(c) => json!({
                "key": key.to_string(),
                "title": c.title,
                "count": c.count,
                "ring": c.parts,
                "statuses": c.statuses.0,
                "places": c.places,
            }),
        })
        .collect();
    out.sort_by_key(|v| v["key"].as_str().unwrap_or_default().to_string());
    Value::Array(out)
}

#[test]
fn the_default_view_draws_what_the_golden_files_pin_at_three_zooms() {
    let d = common::shipped();
    for zoom in [7.0, 9.0, 11.0] {
        let (_, nodes) = drawn(&d, &Filters::default(), zoom, &EN);
        let got = summary(&nodes);
        let path = format!("tests/fixtures/scene-z{zoom}.json");
        let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            let text = serde_json::to_string_pretty(&got).unwrap() + "\n";
            std::fs::write(&full, text).unwrap();
            continue;
        }
        let want: Value = serde_json::from_str(&common::text(&path)).unwrap();
        assert_eq!(got, want, "zoom {zoom} differs from {path}");
    }
}

#[test]
fn every_shown_record_is_drawn_once_and_a_cluster_ring_sums_to_its_count() {
    let d = common::shipped();
    let q = Query::new(&d);
    let mapped = q
        .evaluate(&Filters::default())
        .visible
        .iter()
        .filter(|&&i| d.records[i].location.coordinates().is_some())
        .count();
    for zoom in [5.0, 7.0, 9.0, 11.0, 14.0] {
        let (_, nodes) = drawn(&d, &Filters::default(), zoom, &EN);
        let mut total = 0;
        for (_, node) in &nodes {
            match node {
                MapNode::Point(_) => total += 1,
                MapNode::Cluster(c) => {
                    total += c.count;
                    let ring: usize = c.parts.iter().map(|(_, n)| n).sum();
                    assert_eq!(ring, c.count, "{}", c.title);
                    assert!(c.statuses.0.iter().sum::<usize>() <= c.count);
                }
            }
        }
        assert_eq!(total, mapped, "zoom {zoom}");
    }
}

#[test]
fn a_filter_change_recounts_the_clusters_it_keeps() {
    let d = common::shipped();
    let (_, all) = drawn(&d, &Filters::default(), 7.0, &EN);
    let category = d.categories[0].id.clone();
    let filters = Filters {
        categories: [category.clone()].into_iter().collect(),
        ..Filters::default()
    };
    let (_, some) = drawn(&d, &filters, 7.0, &EN);
    let count = |nodes: &[(Key, MapNode)]| -> usize {
        nodes
            .iter()
            .map(|(_, n)| match n {
                MapNode::Point(_) => 1,
                MapNode::Cluster(c) => c.count,
            })
            .sum()
    };
    let expected = d
        .mapped_records()
        .filter(|r| r.category == category)
        .count();
    assert!(count(&some) < count(&all));
    assert_eq!(count(&some), expected);
}

#[test]
fn titles_follow_the_language_and_keys_do_not() {
    let d = common::shipped();
    let (_, en) = drawn(&d, &Filters::default(), 9.0, &EN);
    let (_, ru) = drawn(&d, &Filters::default(), 9.0, &RU);
    let keys = |nodes: &[(Key, MapNode)]| nodes.iter().map(|(k, _)| *k).collect::<Vec<_>>();
    assert_eq!(keys(&en), keys(&ru));
    let title = |n: &MapNode| match n {
        MapNode::Point(p) => p.title.clone(),
        MapNode::Cluster(c) => c.title.clone(),
    };
    assert!(en
        .iter()
        .zip(&ru)
        .all(|((_, a), (_, b))| title(a) != title(b)));
}

#[test]
fn opening_a_cluster_of_several_places_fits_them_and_one_crowded_place_lists_on_phones() {
    let d = common::shipped();
    let (scene, nodes) = drawn(&d, &Filters::default(), 7.0, &EN);
    let several = nodes
        .iter()
        .find(|(_, n)| matches!(n, MapNode::Cluster(c) if c.places.len() > 1))
        .expect("a cluster of several places at zoom 7");
    let opened = scene.open(&d, several.0, false).unwrap();
    let MapNode::Cluster(c) = &several.1 else {
        unreachable!()
    };
    match &opened.how {
        Opening::Fit(points) => assert_eq!(points.len(), c.count),
        other => panic!("expected a fit, got {other:?}"),
    }
    assert!(opened.focus_at.is_some(), "focus goes to the lead place");

    // Deep in, a town's records at one point are one cluster: spread on desktop, a list on
    // a phone when there are more than eight.
    let (scene, nodes) = drawn(&d, &Filters::default(), 18.0, &EN);
    let crowded = nodes
        .iter()
        .find(|(_, n)| matches!(n, MapNode::Cluster(c) if c.count > 8))
        .expect("a place with more than eight records at one point");
    let MapNode::Cluster(c) = &crowded.1 else {
        unreachable!()
    };
    match scene.open(&d, crowded.0, false).unwrap().how {
        Opening::Spread { at, reach, .. } => {
            assert_eq!((at.0, at.1), (c.lat, c.lon));
            assert!(reach > 0.0);
        }
        other => panic!("expected a spread, got {other:?}"),
    }
    let on_phone = scene.open(&d, crowded.0, true).unwrap();
    assert!(matches!(&on_phone.how, Opening::List(m) if m.len() == c.count));
    assert_eq!(on_phone.focus_at, None, "a list takes focus itself");
    assert_eq!(scene.open(&d, Key::Record(0), false), None);
}
