//! The dataset back to JSON, in exactly the form [`crate::model::load`] reads, so that
//! load → write → load gives the same dataset.

use serde_json::{json, Map, Value};

use super::dataset::{
    Category, ContextFigure, Dataset, Licence, Localized, Location, Place, Record, Source,
    StatusChange,
};
use super::date::DatePrecision;

fn localized(text: &Localized) -> Value {
    // Inserted one by one: collecting would sort the pairs first, with a sort of its own.
    let mut object = Map::new();
    for (k, v) in text.pairs() {
        object.insert(k.to_string(), Value::String(v.to_string()));
    }
    Value::Object(object)
}

fn put(object: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(key.to_string(), value);
    }
}

fn text(value: &Option<String>) -> Option<Value> {
    value.clone().map(Value::String)
}

fn number(value: Option<f64>) -> Option<Value> {
    value
        .and_then(serde_json::Number::from_f64)
        .map(Value::Number)
}

/// A source.
pub fn source(s: &Source) -> Value {
    let mut o = Map::new();
    o.insert("outlet".into(), Value::String(s.outlet.clone()));
    put(&mut o, "title", text(&s.title));
    put(&mut o, "date", s.date.map(|d| Value::String(d.to_string())));
    put(&mut o, "url", text(&s.url));
    Value::Object(o)
}

/// One status change.
pub fn status_change(c: &StatusChange) -> Value {
    let mut o = Map::new();
    o.insert("status".into(), c.status.name().into());
    o.insert(
        "date".into(),
        c.date.map_or(Value::Null, |d| Value::String(d.to_string())),
    );
    let precision = c.date.map_or(DatePrecision::Unknown, |d| d.precision());
    o.insert("date_precision".into(), precision.name().into());
    if c.approximate {
        o.insert("approximate".into(), Value::Bool(true));
    }
    o.insert("date_basis".into(), c.basis.name().into());
    put(&mut o, "note", text(&c.note));
    Value::Object(o)
}

/// A location (without coordinates when it has none).
pub fn location(l: &Location) -> Value {
    let mut o = Map::new();
    o.insert("town".into(), Value::String(l.town.clone()));
    put(&mut o, "district", text(&l.district));
    put(&mut o, "lat", number(l.lat));
    put(&mut o, "lon", number(l.lon));
    o.insert("precision".into(), l.precision.name().into());
    put(&mut o, "note", text(&l.note));
    Value::Object(o)
}

/// One record.
pub fn record(r: &Record) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), Value::String(r.id.clone()));
    o.insert("name".into(), localized(&r.name));
    o.insert("category".into(), Value::String(r.category.clone()));
    o.insert("operator".into(), text(&r.operator).unwrap_or(Value::Null));
    o.insert(
        "status".into(),
        r.status.iter().map(status_change).collect(),
    );
    o.insert("location".into(), location(&r.location));
    put(&mut o, "notes", text(&r.notes));
    o.insert("sources".into(), r.sources.iter().map(source).collect());
    if let Some(held) = &r.held {
        let mut h = Map::new();
        put(
            &mut h,
            "from",
            held.from.map(|d| Value::String(d.to_string())),
        );
        put(&mut h, "to", held.to.map(|d| Value::String(d.to_string())));
        o.insert("held".into(), Value::Object(h));
    }
    if !r.facts.is_empty() {
        o.insert("facts".into(), json!(r.facts));
    }
    Value::Object(o)
}

fn licence(l: &Licence) -> Value {
    let mut o = Map::new();
    o.insert("name".into(), Value::String(l.name.clone()));
    put(&mut o, "url", text(&l.url));
    Value::Object(o)
}

fn category(c: &Category) -> Value {
    let mut o = json!({"id": c.id, "label": localized(&c.label), "color": c.color, "shape": c.shape.name()});
    if let (Some(family), Some(o)) = (&c.family, o.as_object_mut()) {
        o.insert("family".into(), localized(family));
    }
    o
}

fn place(p: &Place) -> Value {
    let mut o = Map::new();
    o.insert("name".into(), Value::String(p.name.clone()));
    if !p.names.is_empty() {
        o.insert("names".into(), localized(&p.names));
    }
    if !p.other_names.is_empty() {
        o.insert("other_names".into(), json!(p.other_names));
    }
    put(&mut o, "district", text(&p.district));
    put(&mut o, "lat", number(p.lat));
    put(&mut o, "lon", number(p.lon));
    put(&mut o, "source", text(&p.source));
    Value::Object(o)
}

fn context(c: &ContextFigure) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), Value::String(c.id.clone()));
    o.insert("label".into(), localized(&c.label));
    put(&mut o, "value", number(c.value));
    put(&mut o, "unit", text(&c.unit));
    put(&mut o, "date", c.date.map(|d| Value::String(d.to_string())));
    put(&mut o, "note", text(&c.note));
    o.insert("sources".into(), c.sources.iter().map(source).collect());
    if !c.facts.is_empty() {
        o.insert("facts".into(), json!(c.facts));
    }
    Value::Object(o)
}

/// Everything but the records: what a CSV or GeoJSON file cannot hold in its rows.
pub fn metadata(d: &Dataset) -> Map<String, Value> {
    let mut o = Map::new();
    o.insert("schema_version".into(), d.schema_version.into());
    o.insert("title".into(), localized(&d.title));
    if !d.description.is_empty() {
        o.insert("description".into(), localized(&d.description));
    }
    o.insert("licence".into(), licence(&d.licence));
    o.insert("as_of".into(), Value::String(d.as_of.to_string()));
    put(&mut o, "corrections", text(&d.corrections));
    if let Some(t) = &d.tiles {
        o.insert(
            "tiles".into(),
            json!({"url": t.url, "attribution": t.attribution}),
        );
    }
    if let Some(e) = &d.extent {
        o.insert("extent".into(), json!([e.west, e.south, e.east, e.north]));
    }
    o.insert(
        "categories".into(),
        d.categories.iter().map(category).collect(),
    );
    if !d.places.is_empty() {
        o.insert("places".into(), d.places.iter().map(place).collect());
    }
    if !d.context.is_empty() {
        o.insert("context".into(), d.context.iter().map(context).collect());
    }
    o
}

/// The whole dataset as a JSON value.
pub fn dataset(d: &Dataset) -> Value {
    let mut o = metadata(d);
    o.insert("records".into(), d.records.iter().map(record).collect());
    Value::Object(o)
}

/// The whole dataset as pretty-printed JSON text, ending with a newline.
pub fn to_json(d: &Dataset) -> String {
    let mut text = serde_json::to_string_pretty(&dataset(d)).unwrap_or_default();
    text.push('\n');
    text
}
