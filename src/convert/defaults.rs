//! Metadata for a CSV or GeoJSON file that comes without any: categories from the records, in
//! order of appearance, with distinct shapes and colours; the title from the file name.

use serde_json::{json, Map, Value};

use crate::model::Shape;

/// Colours with at least 3:1 contrast on the light basemap, paired with shapes so that no two
/// categories look alike.
const PALETTE: [&str; 8] = [
    "#1d4ed8", "#b45309", "#0e7490", "#6d28d9", "#be185d", "#047857", "#b91c1c", "#374151",
];

/// Metadata naming `categories` (ids in order), titled `title`, as of `as_of`.
pub fn metadata(title: &str, categories: &[String], as_of: &str) -> Map<String, Value> {
    let categories: Vec<Value> = categories
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let shape = Shape::NAMES[i % Shape::NAMES.len()];
            let color = PALETTE[(i + i / Shape::NAMES.len()) % PALETTE.len()];
            json!({"id": id, "label": id, "color": color, "shape": shape})
        })
        .collect();
    let mut o = Map::new();
    o.insert("schema_version".into(), json!(crate::model::SCHEMA_VERSION));
    o.insert("title".into(), json!(title));
    o.insert("licence".into(), json!({"name": "Not stated"}));
    o.insert("as_of".into(), json!(as_of));
    o.insert("categories".into(), Value::Array(categories));
    o
}

/// Distinct values of `category` in the records, in order of appearance.
pub fn categories_of(records: &[Value]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in records {
        if let Some(c) = r.get("category").and_then(Value::as_str) {
            if !c.is_empty() && !out.iter().any(|x| x == c) {
                out.push(c.to_string());
            }
        }
    }
    out
}

/// The latest ISO date in the records (status and source dates), for "as of".
pub fn latest_date(records: &[Value]) -> Option<String> {
    let mut dates = Vec::new();
    for r in records {
        for c in r
            .get("status")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            dates.extend(c.get("date").and_then(Value::as_str).map(str::to_string));
        }
        for s in r
            .get("sources")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            dates.extend(s.get("date").and_then(Value::as_str).map(str::to_string));
        }
    }
    dates
        .into_iter()
        .filter(|d| crate::model::PartialDate::parse(d).is_ok())
        .max()
}
