//! The quick way in for a sound record: serde reads its JSON text straight into typed fields
//! (no `serde_json::Value` tree), and the rules of [`super::read`] are checked on them.
//!
//! It only ever vouches: `Some` means the field-by-field reader would keep the very same
//! record with no finding. Anything it cannot vouch for (a wrong type, an unknown field, a
//! broken rule, even a duplicate key) gives `None`, and the caller reads the record the slow
//! way, which words every problem. A test checks both readers on thousands of altered records.

use std::borrow::Cow;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::dataset::{
    DateBasis, Held, Localized, Location, LocationPrecision, Record, Source, Status, StatusChange,
};
use super::date::{DatePrecision, PartialDate};
use super::rules::{self, is_http_url, is_url_safe_id};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord<'a> {
    id: String,
    name: Text,
    category: String,
    operator: Option<String>,
    #[serde(borrow)]
    status: Vec<RawChange<'a>>,
    #[serde(borrow)]
    location: RawLocation<'a>,
    notes: Option<String>,
    #[serde(borrow)]
    sources: Vec<RawSource<'a>>,
    #[serde(borrow)]
    held: Option<RawHeld<'a>>,
    facts: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange<'a> {
    #[serde(borrow)]
    status: Cow<'a, str>,
    #[serde(borrow)]
    date: Option<Cow<'a, str>>,
    #[serde(borrow)]
    date_precision: Cow<'a, str>,
    approximate: Option<bool>,
    #[serde(borrow)]
    date_basis: Option<Cow<'a, str>>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocation<'a> {
    town: String,
    district: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    #[serde(borrow)]
    precision: Cow<'a, str>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource<'a> {
    outlet: String,
    title: Option<String>,
    #[serde(borrow)]
    date: Option<Cow<'a, str>>,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeld<'a> {
    #[serde(borrow)]
    from: Option<Cow<'a, str>>,
    #[serde(borrow)]
    to: Option<Cow<'a, str>>,
}

/// Localized text as the file may write it: a string (English) or `{"en": …, "az": …}`.
struct Text(Localized);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or an object of strings")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
                let text = text.trim();
                if text.is_empty() {
                    return Err(E::custom("empty"));
                }
                Ok(Text(Localized::en(text)))
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
                let mut texts = Vec::new();
                while let Some((lang, text)) = map.next_entry::<String, String>()? {
                    let text = trimmed(text).ok_or_else(|| de::Error::custom("empty"))?;
                    texts.push((lang, text));
                }
                if texts.is_empty() {
                    return Err(de::Error::custom("empty"));
                }
                Ok(Text(Localized::from_pairs(texts)))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// The text without surrounding blanks, `None` when nothing is left (the readers' rule for
/// every string); reuses the allocation when there is nothing to trim.
fn trimmed(text: String) -> Option<String> {
    let cut = text.trim();
    if cut.is_empty() {
        None
    } else if cut.len() == text.len() {
        Some(text)
    } else {
        Some(cut.to_string())
    }
}

/// An optional string: absent or `null` is `Ok(None)`; blank is `Err`, as the reader finds it.
fn optional(text: Option<String>) -> Option<Option<String>> {
    match text {
        None => Some(None),
        Some(text) => trimmed(text).map(Some),
    }
}

fn date(text: Option<Cow<'_, str>>) -> Option<Option<PartialDate>> {
    match text {
        None => Some(None),
        Some(text) => {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            PartialDate::parse(text).ok().map(Some)
        }
    }
}

fn link(url: Option<String>) -> Option<Option<String>> {
    optional(url)?.map_or(Some(None), |url| is_http_url(&url).then_some(Some(url)))
}

fn change(raw: RawChange<'_>) -> Option<StatusChange> {
    let status = Status::from_name(raw.status.trim())?;
    let date = date(raw.date)?;
    let precision = DatePrecision::from_name(raw.date_precision.trim())?;
    let basis = match raw.date_basis {
        None => DateBasis::Event,
        Some(name) => DateBasis::from_name(name.trim())?,
    };
    let note = optional(raw.note)?;
    rules::wrong_precision(date, precision)
        .is_none()
        .then_some(StatusChange {
            status,
            date,
            approximate: raw.approximate.unwrap_or(false),
            basis,
            note,
        })
}

fn location(raw: RawLocation<'_>) -> Option<Location> {
    let town = trimmed(raw.town)?;
    let district = optional(raw.district)?;
    let precision = LocationPrecision::from_name(raw.precision.trim())?;
    let note = optional(raw.note)?;
    let (lat, lon) = (raw.lat, raw.lon);
    let sound = rules::latitude_ok(lat)
        && rules::longitude_ok(lon)
        && rules::unpaired(lat, lon).is_none()
        && rules::misplaced(precision, lat, lon).is_none();
    sound.then_some(Location {
        town,
        district,
        lat,
        lon,
        precision,
        note,
    })
}

fn source(raw: RawSource<'_>) -> Option<Source> {
    let outlet = trimmed(raw.outlet)?;
    let title = optional(raw.title)?;
    let date = date(raw.date)?;
    let url = link(raw.url)?;
    (url.is_some() || title.is_some()).then_some(Source {
        outlet,
        title,
        date,
        url,
    })
}

fn held(raw: RawHeld<'_>, status: &[StatusChange]) -> Option<Held> {
    let from = date(raw.from)?;
    let to = date(raw.to)?;
    rules::held_wrong(from, to, status)
        .is_none()
        .then_some(Held { from, to })
}

/// Every item read, in a list no longer than it needs (a collected `Option<Vec>` starts
/// with room for four, which at 50,000 records is megabytes of room for sources never given).
fn each<T, U>(items: Vec<T>, read: impl FnMut(T) -> Option<U>) -> Option<Vec<U>> {
    let mut out = Vec::with_capacity(items.len());
    for item in items.into_iter().map(read) {
        out.push(item?);
    }
    Some(out)
}

/// Reads one record from its JSON text when it is sound, as
/// [`super::read::record`] would keep it; `None` when the slow reader must look at it.
pub fn record(text: &str) -> Option<Record> {
    let raw: RawRecord<'_> = serde_json::from_str(text).ok()?;
    // An id written with blanks around it is kept by the slow reader, trimmed; it names the
    // record in problems as written, so only that reader takes it.
    let id = Some(raw.id).filter(|id| is_url_safe_id(id))?;
    let category = trimmed(raw.category)?;
    let operator = optional(raw.operator)?;
    if raw.status.is_empty() || raw.sources.is_empty() {
        return None;
    }
    let status = each(raw.status, change)?;
    if rules::out_of_order(&status).next().is_some() {
        return None;
    }
    let location = location(raw.location)?;
    let notes = optional(raw.notes)?;
    let sources = each(raw.sources, source)?;
    let held = match raw.held {
        None => None,
        Some(h) => Some(held(h, &status)?),
    };
    let facts = each(raw.facts.unwrap_or_default(), trimmed)?;
    Some(Record {
        id,
        name: raw.name.0,
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

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::super::read;

    /// Every record of the shipped dataset and the valid fixture.
    fn seeds() -> Vec<Value> {
        let mut out = Vec::new();
        for file in ["public/data/dataset.json", "tests/fixtures/valid.json"] {
            let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap();
            let root: Value = serde_json::from_str(&text).unwrap();
            out.extend(root["records"].as_array().unwrap().iter().cloned());
        }
        out
    }

    /// Paths (object keys and array indexes) to every value inside `value`.
    fn paths(value: &Value, at: Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(at.clone());
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    let mut next = at.clone();
                    next.push(json!(key));
                    paths(item, next, out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let mut next = at.clone();
                    next.push(json!(i));
                    paths(item, next, out);
                }
            }
            _ => {}
        }
    }

    fn at<'v>(value: &'v mut Value, path: &[Value]) -> &'v mut Value {
        path.iter().fold(value, |v, step| match step {
            Value::String(key) => &mut v[key.as_str()],
            step => &mut v[step.as_u64().unwrap() as usize],
        })
    }

    /// Values that break (or pass) one rule or another wherever they land.
    fn replacements() -> Vec<Value> {
        [
            "null",
            "\"\"",
            "\"  \"",
            "\" x \"",
            "0",
            "-200",
            "95",
            "true",
            "[]",
            "{}",
            "[\"a\"]",
            "[null]",
            "{\"en\": \"\"}",
            "{\"en\": \"A\", \"az\": \" B \"}",
            "\"2024-13\"",
            "\"2024-02\"",
            "\"2024\"",
            "\"2024-02-30\"",
            "\"2031-01-01\"",
            "\"2019-05-01\"",
            "\"opened\"",
            "\"planned\"",
            "\"closed\"",
            "\" opened \"",
            "\"Opened\"",
            "\"unknown\"",
            "\"exact\"",
            "\"day\"",
            "\"month\"",
            "\"year\"",
            "\"reported\"",
            "\"https://a.example/x\"",
            "\"ftp://a.example\"",
            "\"Bad Id\"",
            "\" padded-id \"",
            "40.1",
            "46.7",
            "{\"x\": 1}",
        ]
        .iter()
        .map(|text| serde_json::from_str(text).unwrap())
        .collect()
    }

    /// Every record altered at every place it can be: each value replaced, each key removed,
    /// an unknown key added to each object, each array emptied, doubled or reversed.
    fn variants(record: &Value) -> Vec<Value> {
        let mut all = Vec::new();
        paths(record, Vec::new(), &mut all);
        let mut out = vec![record.clone()];
        for path in &all {
            for new in replacements() {
                let mut v = record.clone();
                *at(&mut v, path) = new;
                out.push(v);
            }
            let mut v = record.clone();
            match at(&mut v, path).clone() {
                Value::Object(map) => {
                    for key in map.keys() {
                        let mut w = record.clone();
                        at(&mut w, path).as_object_mut().unwrap().remove(key);
                        out.push(w);
                    }
                    at(&mut v, path)["lattitude"] = json!(1);
                    out.push(v);
                }
                Value::Array(items) if !items.is_empty() => {
                    let mut doubled = items.clone();
                    doubled.extend(items.iter().cloned());
                    *at(&mut v, path) = Value::Array(doubled);
                    out.push(v.clone());
                    *at(&mut v, path) = Value::Array(items.iter().rev().cloned().collect());
                    out.push(v);
                }
                Value::String(text) => {
                    *at(&mut v, path) = json!(format!(" {text} "));
                    out.push(v);
                }
                _ => {}
            }
        }
        out
    }

    #[test]
    fn the_fast_reader_keeps_exactly_what_the_field_by_field_reader_keeps() {
        let (mut kept, mut left) = (0, 0);
        for seed in seeds() {
            for variant in variants(&seed) {
                let (slow, findings) = read::record(&variant);
                let fast = super::record(&variant.to_string());
                let sound = findings.is_empty() && slow.is_some();
                if let Some(record) = &fast {
                    assert!(
                        sound,
                        "fast kept a record the reader faults: {variant}\n{findings:?}"
                    );
                    assert_eq!(
                        slow.as_ref(),
                        Some(record),
                        "different record from {variant}"
                    );
                    kept += 1;
                } else {
                    let padded_id = variant["id"].as_str().is_some_and(|id| id.trim() != id);
                    assert!(
                        !sound || padded_id,
                        "fast left out a sound record: {variant}"
                    );
                    left += 1;
                }
            }
        }
        assert!(
            kept > 1_000 && left > 10_000,
            "{kept} kept, {left} left to the reader"
        );
    }

    #[test]
    fn the_fast_reader_leaves_duplicate_keys_and_bad_json_to_the_reader() {
        let seed = &seeds()[0];
        let text = seed.to_string();
        assert!(super::record(&text).is_some());
        let doubled = text.replacen('{', "{\"notes\": \"a\", \"notes\": \"b\", ", 1);
        assert!(super::record(&doubled).is_none());
        assert!(super::record("[1]").is_none());
        assert!(super::record("{\"id\": 1e999}").is_none());
    }
}
