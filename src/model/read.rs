//! Turns each JSON entry into a typed value, or into the findings that stop it.

use serde_json::Value;

use super::dataset::{
    Category, ContextFigure, DateBasis, Held, Licence, Location, LocationPrecision, Place, Record,
    Shape, Source, Status, StatusChange,
};
use super::date::DatePrecision;
use super::fields::{Fields, Finding};
use super::rule::Rule;
use super::rules::{self, is_hex_color, is_http_url, is_url_safe_id};

/// The typed value when the entry is sound, and every finding either way.
pub type Read<T> = (Option<T>, Vec<Finding>);

fn done<T>(value: Option<T>, fields: Fields<'_>) -> Read<T> {
    let findings = fields.finish();
    (value.filter(|_| findings.is_empty()), findings)
}

fn id(fields: &mut Fields<'_>, key: &'static str) -> Option<String> {
    let id = fields.string(key)?;
    if is_url_safe_id(&id) {
        Some(id)
    } else {
        fields.fail_text(key, &id, Rule::NotUrlSafe);
        None
    }
}

fn named<T: Copy>(
    fields: &mut Fields<'_>,
    key: &'static str,
    required: bool,
    parse: fn(&str) -> Option<T>,
    names: &'static [&'static str],
) -> Option<T> {
    let text = if required {
        fields.string(key)
    } else {
        fields.opt_string(key)
    }?;
    let found = parse(&text);
    if found.is_none() {
        fields.fail_text(key, &text, Rule::OneOf(names));
    }
    found
}

/// Reads `licence`: `{"name": …, "url": …}`.
pub fn licence(value: &Value) -> Read<Licence> {
    let mut f = Fields::new(value, "licence.");
    let name = f.string("name");
    let url = link(&mut f, "url");
    done(name.map(|name| Licence { name, url }), f)
}

/// Reads one entry of `categories`.
pub fn category(value: &Value) -> Read<Category> {
    let mut f = Fields::new(value, "");
    let id = id(&mut f, "id");
    let label = f.localized("label", true);
    let color = f.string("color");
    if let Some(color) = color.as_deref().filter(|c| !is_hex_color(c)) {
        f.fail_text("color", color, Rule::NotColour);
    }
    let shape = named(&mut f, "shape", true, Shape::from_name, &Shape::NAMES);
    let family = f.localized("family", false);
    let category = match (id, label, color, shape) {
        (Some(id), Some(label), Some(color), Some(shape)) => Some(Category {
            id,
            label,
            color,
            shape,
            family,
        }),
        _ => None,
    };
    done(category, f)
}

fn latitude_longitude(f: &mut Fields<'_>) -> (Option<f64>, Option<f64>) {
    let before = f.findings.len();
    let lat = f.opt_number("lat");
    let lon = f.opt_number("lon");
    let well_typed = f.findings.len() == before;
    if !rules::latitude_ok(lat) {
        f.fail_raw("lat", Rule::Latitude);
    }
    if !rules::longitude_ok(lon) {
        f.fail_raw("lon", Rule::Longitude);
    }
    if let Some((given, missing)) = rules::unpaired(lat, lon).filter(|_| well_typed) {
        f.fail_text(missing, "(missing)", Rule::Pair(given, missing));
    }
    (lat, lon)
}

/// Reads one entry of the gazetteer `places`.
pub fn place(value: &Value) -> Read<Place> {
    let mut f = Fields::new(value, "");
    let name = f.string("name");
    let names = f.localized("names", false).unwrap_or_default();
    let other_names = strings(&mut f, "other_names");
    let district = f.opt_string("district");
    let (lat, lon) = latitude_longitude(&mut f);
    let source = f.opt_string("source");
    let place = name.map(|name| Place {
        name,
        names,
        other_names,
        district,
        lat,
        lon,
        source,
    });
    done(place, f)
}

fn strings(f: &mut Fields<'_>, key: &'static str) -> Vec<String> {
    let Some(items) = f.array(key, false) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        match item.as_str().map(str::trim) {
            Some(text) if !text.is_empty() => out.push(text.to_string()),
            _ => f.fail(&format!("{key}[{i}]"), item, Rule::EmptyText),
        }
    }
    out
}

fn link(f: &mut Fields<'_>, key: &'static str) -> Option<String> {
    let url = f.opt_string(key)?;
    if is_http_url(&url) {
        Some(url)
    } else {
        f.fail_text(key, &url, Rule::NotHttpUrl);
        None
    }
}

/// Reads one source. `prefix` is its path, e.g. `sources[0].`.
fn source(value: &Value, prefix: &str) -> (Option<Source>, Vec<Finding>) {
    let mut f = Fields::new(value, prefix);
    let outlet = f.string("outlet");
    let title = f.opt_string("title");
    let date = f.opt_date("date");
    let url = link(&mut f, "url");
    if f.is_object() && url.is_none() && title.is_none() && f.findings.is_empty() {
        f.fail_text("url", "(missing)", Rule::SourceNeedsUrl);
    }
    let source = outlet.map(|outlet| Source {
        outlet,
        title,
        date,
        url,
    });
    done(source, f)
}

fn sources(f: &mut Fields<'_>, findings: &mut Vec<Finding>) -> Vec<Source> {
    let mut out = Vec::new();
    let Some(items) = f.array("sources", true) else {
        return out;
    };
    if items.is_empty() {
        f.fail("sources", &Value::Array(Vec::new()), Rule::NeedsSource);
    }
    for (i, item) in items.iter().enumerate() {
        let (source, found) = source(item, &format!("sources[{i}]."));
        findings.extend(found);
        out.extend(source);
    }
    out
}

fn status_change(value: &Value, prefix: &str) -> Read<StatusChange> {
    let mut f = Fields::new(value, prefix);
    let status = named(&mut f, "status", true, Status::from_name, &Status::NAMES);
    let date = f.opt_date("date");
    let precision = named(
        &mut f,
        "date_precision",
        true,
        DatePrecision::from_name,
        &DatePrecision::NAMES,
    );
    let approximate = f.flag("approximate");
    let basis = named(
        &mut f,
        "date_basis",
        false,
        DateBasis::from_name,
        &DateBasis::NAMES,
    )
    .unwrap_or(DateBasis::Event);
    let note = f.opt_string("note");
    if let Some(precision) = precision.filter(|_| f.findings.is_empty()) {
        if let Some(given) = rules::wrong_precision(date, precision) {
            let rule = Rule::PrecisionMismatch(date, given);
            f.fail_text("date_precision", precision.name(), rule);
        }
    }
    let change = status.map(|status| StatusChange {
        status,
        date,
        approximate,
        basis,
        note,
    });
    done(change, f)
}

fn location(value: &Value) -> Read<Location> {
    let mut f = Fields::new(value, "location.");
    let town = f.string("town");
    let district = f.opt_string("district");
    let (lat, lon) = latitude_longitude(&mut f);
    let precision = named(
        &mut f,
        "precision",
        true,
        LocationPrecision::from_name,
        &LocationPrecision::NAMES,
    );
    let note = f.opt_string("note");
    match precision.map(|p| (p, rules::misplaced(p, lat, lon))) {
        Some((_, Some("precision"))) => {
            f.fail_text("precision", "unknown", Rule::UnknownWithCoordinates)
        }
        Some((p, Some(_))) => f.fail_text("lat", "(missing)", Rule::NeedsCoordinates(p)),
        _ => {}
    }
    let location = match (town, precision) {
        (Some(town), Some(precision)) => Some(Location {
            town,
            district,
            lat,
            lon,
            precision,
            note,
        }),
        _ => None,
    };
    done(location, f)
}

/// Reads `held`: the days a temporary event was or is to be held, `{"from": …, "to": …}`,
/// either end optional. The last day may not come before the first, and the event cannot be
/// reported opened after its last day.
fn held(value: &Value, status: &[StatusChange]) -> Read<Held> {
    let mut f = Fields::new(value, "held.");
    let from = f.opt_date("from");
    let to = f.opt_date("to");
    if let Some(wrong) = rules::held_wrong(from, to, status).filter(|_| f.findings.is_empty()) {
        let rule = match wrong {
            Err(from) => Rule::HeldOrder(from),
            Ok(opened) => Rule::OpensAfterHeld(opened),
        };
        f.fail_text("to", &to.map(|d| d.to_string()).unwrap_or_default(), rule);
    }
    done(f.is_object().then_some(Held { from, to }), f)
}

/// Reads one record. Cross-record rules (unique ids, known categories) are checked by
/// [`crate::model::load`].
pub fn record(value: &Value) -> Read<Record> {
    let mut f = Fields::new(value, "");
    let mut nested = Vec::new();
    let id = id(&mut f, "id");
    let name = f.localized("name", true);
    let category = f.string("category");
    let operator = f.opt_string("operator");
    let mut status = Vec::new();
    if let Some(items) = f.array("status", true) {
        if items.is_empty() {
            f.fail("status", &Value::Array(Vec::new()), Rule::NeedsChange);
        }
        for (i, item) in items.iter().enumerate() {
            let (change, found) = status_change(item, &format!("status[{i}]."));
            nested.extend(found);
            status.extend(change);
        }
        for (i, before) in rules::out_of_order(&status) {
            let date = status[i].date.map(|d| d.to_string()).unwrap_or_default();
            f.fail_text(
                &format!("status[{i}].date"),
                &date,
                Rule::OutOfOrder(before),
            );
        }
    }
    let location = f.required("location").map(location);
    if let Some((_, found)) = &location {
        nested.extend(found.iter().cloned());
    }
    let notes = f.opt_string("notes");
    let sources = sources(&mut f, &mut nested);
    let held = f.raw("held").map(|v| held(v, &status));
    let held = held.and_then(|(held, found)| {
        nested.extend(found);
        held
    });
    let facts = strings(&mut f, "facts");
    let (_, mut findings) = done(Some(()), f);
    findings.extend(nested);
    let record = match (id, name, category, location.and_then(|(l, _)| l)) {
        (Some(id), Some(name), Some(category), Some(location)) if findings.is_empty() => {
            Some(Record {
                id,
                name,
                category,
                operator,
                status,
                location,
                notes,
                sources,
                held,
                facts,
            })
        }
        _ => None,
    };
    (record, findings)
}

/// Reads one entry of `context`.
pub fn context_figure(value: &Value) -> Read<ContextFigure> {
    let mut f = Fields::new(value, "");
    let mut nested = Vec::new();
    let id = id(&mut f, "id");
    let label = f.localized("label", true);
    let value_number = f.opt_number("value");
    let unit = f.opt_string("unit");
    let date = f.opt_date("date");
    let note = f.opt_string("note");
    if f.is_object() && value_number.is_none() && date.is_none() && f.findings.is_empty() {
        f.fail_text("value", "(missing)", Rule::ContextNeedsValue);
    }
    let sources = sources(&mut f, &mut nested);
    let facts = strings(&mut f, "facts");
    let (_, mut findings) = done(Some(()), f);
    findings.extend(nested);
    let figure = match (id, label) {
        (Some(id), Some(label)) if findings.is_empty() => Some(ContextFigure {
            id,
            label,
            value: value_number,
            unit,
            date,
            note,
            sources,
            facts,
        }),
        _ => None,
    };
    (figure, findings)
}
