//! Records as an RFC 7946 GeoJSON FeatureCollection: one Feature per record, a Point geometry
//! (`[lon, lat]`) or `null` for records without coordinates, the record's fields as properties
//! (nested as in the JSON dataset, without `lat`/`lon`), and the dataset's metadata in the
//! foreign member `dataset` so that export → import gives the same dataset.

use geojson::{Feature, FeatureCollection, GeoJson, Geometry, GeometryValue};
use serde_json::{Map, Value};

use super::{ImportError, ImportProblem};
use crate::model::{write, Dataset};

/// The records of `dataset` as a FeatureCollection.
pub fn export(dataset: &Dataset) -> FeatureCollection {
    let features = dataset
        .records
        .iter()
        .map(|r| {
            let mut properties = match write::record(r) {
                Value::Object(o) => o,
                _ => Map::new(),
            };
            if let Some(Value::Object(location)) = properties.get_mut("location") {
                location.remove("lat");
                location.remove("lon");
            }
            Feature {
                bbox: None,
                geometry: r
                    .location
                    .coordinates()
                    .map(|(lat, lon)| Geometry::new(GeometryValue::new_point([lon, lat]))),
                id: Some(geojson::feature::Id::String(r.id.clone())),
                properties: Some(properties),
                foreign_members: None,
            }
        })
        .collect();
    let mut foreign = Map::new();
    foreign.insert("dataset".into(), Value::Object(write::metadata(dataset)));
    FeatureCollection {
        bbox: None,
        features,
        foreign_members: Some(foreign),
    }
}

/// The FeatureCollection as JSON text.
pub fn export_text(dataset: &Dataset) -> String {
    let mut text = GeoJson::FeatureCollection(export(dataset)).to_string();
    text.push('\n');
    text
}

/// Reads GeoJSON `text` (from file `name`) into a dataset. Metadata comes from `metadata`, else
/// from the collection's `dataset` member, else is made from the features.
pub fn import(
    name: &str,
    text: &str,
    metadata: Option<&Map<String, Value>>,
) -> Result<Dataset, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json: Value = serde_json::from_str(text).map_err(|e| {
        ImportError::Unreadable(format!(
            "{name}: not valid JSON at line {}, column {}",
            e.line(),
            e.column()
        ))
    })?;
    let collection = match serde_json::from_value::<GeoJson>(json) {
        Ok(GeoJson::FeatureCollection(c)) => c,
        // A lone Feature is a collection of one record.
        Ok(GeoJson::Feature(f)) => FeatureCollection {
            bbox: None,
            features: vec![f],
            foreign_members: None,
        },
        Ok(GeoJson::Geometry(g)) => {
            return Err(ImportError::Unreadable(format!(
                "{name}: expected a FeatureCollection or a Feature, not a bare {} geometry: \
                 a record is a Feature, with its fields as properties",
                g.value.type_name()
            )))
        }
        Err(e) => return Err(ImportError::Unreadable(format!("{name}: not GeoJSON: {e}"))),
    };
    let mut problems = Vec::new();
    let mut records = Vec::new();
    for (i, feature) in collection.features.iter().enumerate() {
        let mut properties = feature.properties.clone().unwrap_or_default();
        let position = match &feature.geometry {
            None => None,
            Some(Geometry {
                value: GeometryValue::Point { coordinates },
                ..
            }) => Some((coordinates[1], coordinates[0])),
            Some(other) => {
                problems.push(ImportProblem(format!(
                    "{name} feature {i}: geometry must be a Point or null, not {}",
                    other.value.type_name()
                )));
                None
            }
        };
        if let Some((lat, lon)) = position {
            let location = properties
                .entry("location")
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(location) = location {
                if location.contains_key("lat") || location.contains_key("lon") {
                    problems.push(ImportProblem(format!(
                        "{name} feature {i}: property \"location\" has lat/lon, but the position comes from the geometry"
                    )));
                }
                location.insert("lat".into(), Value::from(lat));
                location.insert("lon".into(), Value::from(lon));
            }
        }
        records.push(Value::Object(properties));
    }
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    let member = collection
        .foreign_members
        .as_ref()
        .and_then(|m| m.get("dataset"))
        .and_then(Value::as_object);
    let title = name
        .rsplit('/')
        .next()
        .unwrap_or(name)
        .trim_end_matches(".geojson")
        .trim_end_matches(".json");
    super::assemble(name, title, records, metadata.or(member), |index, p| {
        let id = super::id_of(&p.subject)
            .map(|id| format!(" (\"{id}\")"))
            .unwrap_or_default();
        let property = if p.field.starts_with("location.lat") || p.field.starts_with("location.lon")
        {
            "geometry".to_string()
        } else {
            format!("property \"{}\"", p.field)
        };
        format!(
            "{name} feature {index}{id}: {property} = {}: {}",
            p.value, p.rule
        )
    })
}
