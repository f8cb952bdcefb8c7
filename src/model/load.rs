//! From JSON text to a checked [`Dataset`]: the one entry point the app and the tool use.

use std::collections::HashSet;

use serde_json::Value;

use super::dataset::{Dataset, Localized, Tiles, SCHEMA_VERSION};
use super::fields::{show, Fields, Finding};
use super::problem::{LoadError, Problem, Subject};
use super::read;

/// A dataset that can be shown, and the entries that were left out of it with their reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The dataset, holding only the entries that passed every rule.
    pub dataset: Dataset,
    /// One problem per broken rule in the entries left out, in file order.
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// Whether every entry passed.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }
}

fn tie(subject: &Subject, findings: Vec<Finding>) -> impl Iterator<Item = Problem> + '_ {
    findings.into_iter().map(move |f| Problem {
        subject: subject.clone(),
        field: f.field,
        value: f.value,
        rule: f.rule,
    })
}

fn key_of(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_string)
}

/// Parses and checks a dataset.
///
/// A JSON syntax error, or a problem in the metadata or categories, is an `Err`: nothing in
/// the file can be trusted. A problem in a record, place or context figure leaves out that
/// entry and is listed in [`Loaded::problems`]; the rest is usable.
pub fn load(text: &str) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            LoadError::Truncated { line: e.line() }
        } else {
            LoadError::Syntax {
                line: e.line(),
                column: e.column(),
                message: e
                    .to_string()
                    .split(" at line ")
                    .next()
                    .unwrap_or("")
                    .to_string(),
            }
        }
    })?;
    load_value(&root)
}

/// Checks a dataset already parsed as JSON (built from CSV or GeoJSON, say).
pub fn load_value(root: &Value) -> Result<Loaded, LoadError> {
    let (mut loading, records) = begin(root)?;
    loading.add_records(records);
    Ok(loading.finish())
}

/// A dataset whose metadata, categories, places and context passed, taking its records in
/// as many batches as the caller likes (so the browser can paint between them).
#[derive(Debug)]
pub struct Loading {
    dataset: Dataset,
    problems: Vec<Problem>,
    category_ids: HashSet<String>,
    record_ids: HashSet<String>,
    /// Index in the file of the next record to be read.
    next: usize,
}

/// Checks everything but the records of `root`, and returns the records to read with
/// [`Loading::add_records`]. Fails as [`load_value`] does on a fatal problem.
pub fn begin(root: &Value) -> Result<(Loading, &[Value]), LoadError> {
    let mut fatal = Vec::new();
    let mut f = Fields::new(root, "");
    match f.required("schema_version") {
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => {}
        Some(v) => f.fail(
            "schema_version",
            v,
            format!("this build reads schema_version {SCHEMA_VERSION} only"),
        ),
        None => {}
    }
    let title = f.localized("title", true);
    let description = f.localized("description", false).unwrap_or_default();
    let licence = f.required("licence").map(read::licence);
    let as_of = f.raw("as_of");
    let as_of = match as_of {
        Some(_) => f.opt_date("as_of"),
        None => {
            f.required("as_of");
            None
        }
    };
    let corrections = f.opt_string("corrections");
    // An unusable tile layer is left out with a problem; the bundled basemap still works.
    let mut tile_problem = None;
    let tiles = f.raw("tiles").cloned().and_then(|value| {
        let url = value.get("url").and_then(|v| v.as_str()).unwrap_or("");
        let attribution = value
            .get("attribution")
            .and_then(|v| v.as_str())
            .unwrap_or("");
        match Tiles::new(url, attribution) {
            Ok(tiles) => Some(tiles),
            Err(rule) => {
                tile_problem = Some(Problem {
                    subject: Subject::Dataset,
                    field: "tiles".into(),
                    value: show(&value),
                    rule: rule.into(),
                });
                None
            }
        }
    });
    if let Some(c) = corrections
        .as_deref()
        .filter(|c| !super::rules::is_corrections_address(c))
    {
        f.fail_text(
            "corrections",
            c,
            "must be an http(s) link, a mailto: link or an e-mail address",
        );
    }
    let categories_raw: &[Value] = f.array("categories", true).map_or(&[], Vec::as_slice);
    let places_raw: &[Value] = f.array("places", false).map_or(&[], Vec::as_slice);
    let context_raw: &[Value] = f.array("context", false).map_or(&[], Vec::as_slice);
    let records_raw: &[Value] = f.array("records", true).map_or(&[], Vec::as_slice);
    let mut top = f.finish();
    let licence = licence.and_then(|(licence, found)| {
        top.extend(found);
        licence
    });
    fatal.extend(tie(&Subject::Dataset, top));

    let mut categories = Vec::new();
    let mut category_ids = HashSet::new();
    if categories_raw.is_empty() && fatal.is_empty() {
        fatal.push(Problem {
            subject: Subject::Dataset,
            field: "categories".into(),
            value: "[]".into(),
            rule: "needs at least one category".into(),
        });
    }
    for (index, value) in categories_raw.iter().enumerate() {
        let subject = Subject::Category {
            index,
            id: key_of(value, "id"),
        };
        let (category, findings) = read::category(value);
        fatal.extend(tie(&subject, findings));
        if let Some(category) = category {
            if !category_ids.insert(category.id.clone()) {
                fatal.push(duplicate(&subject, "id", &category.id));
            }
            categories.push(category);
        }
    }
    let (Some(title), Some(licence), Some(as_of), true) = (title, licence, as_of, fatal.is_empty())
    else {
        return Err(LoadError::Invalid(fatal));
    };

    let mut problems: Vec<Problem> = tile_problem.into_iter().collect();
    let mut places = Vec::new();
    for (index, value) in places_raw.iter().enumerate() {
        let subject = Subject::Place {
            index,
            name: key_of(value, "name"),
        };
        let (place, findings) = read::place(value);
        problems.extend(tie(&subject, findings));
        places.extend(place);
    }

    let mut context = Vec::new();
    let mut context_ids = HashSet::new();
    for (index, value) in context_raw.iter().enumerate() {
        let subject = Subject::Context {
            index,
            id: key_of(value, "id"),
        };
        let (figure, findings) = read::context_figure(value);
        problems.extend(tie(&subject, findings));
        if let Some(figure) = figure {
            if context_ids.insert(figure.id.clone()) {
                context.push(figure);
            } else {
                problems.push(duplicate(&subject, "id", &figure.id));
            }
        }
    }

    let dataset = Dataset {
        schema_version: SCHEMA_VERSION,
        title,
        description: if description.0.is_empty() {
            Localized::default()
        } else {
            description
        },
        licence,
        as_of,
        corrections,
        tiles,
        categories,
        places,
        context,
        records: Vec::new(),
    };
    let loading = Loading {
        dataset,
        problems,
        category_ids,
        record_ids: HashSet::new(),
        next: 0,
    };
    Ok((loading, records_raw))
}

impl Loading {
    /// Reads the next records of the file; each one either joins the dataset or is left out
    /// with its problems.
    pub fn add_records<'a>(&mut self, values: impl IntoIterator<Item = &'a Value>) {
        for value in values {
            let index = self.next;
            self.next += 1;
            let subject = Subject::Record {
                index,
                id: key_of(value, "id"),
            };
            let (record, findings) = read::record(value);
            self.problems.extend(tie(&subject, findings));
            let Some(record) = record else { continue };
            if !self.category_ids.contains(&record.category) {
                let known: Vec<&str> = self
                    .dataset
                    .categories
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect();
                self.problems.push(Problem {
                    subject: subject.clone(),
                    field: "category".into(),
                    value: show(&Value::String(record.category.clone())),
                    rule: format!(
                        "unknown category (the dataset defines: {})",
                        known.join(", ")
                    ),
                });
            } else if !self.record_ids.insert(record.id.clone()) {
                self.problems.push(duplicate(&subject, "id", &record.id));
            } else {
                self.dataset.records.push(record);
            }
        }
    }

    /// How many records have been read so far.
    pub fn read(&self) -> usize {
        self.next
    }

    /// The dataset with the records read, and every problem found.
    pub fn finish(self) -> Loaded {
        Loaded {
            dataset: self.dataset,
            problems: self.problems,
        }
    }
}

/// A file split for reading in batches: the document without its records, and each record
/// as raw JSON text (<https://docs.rs/serde_json/latest/serde_json/value/struct.RawValue.html>).
pub struct Split {
    /// The document with `records` emptied (or as it was, if it is not an array).
    pub root: Value,
    /// Each record's JSON text.
    pub records: Vec<Box<serde_json::value::RawValue>>,
}

/// Splits `text` for reading in batches: one scan of the whole file, then each record stays
/// text until read. `None` when the file is not a JSON object with a `records` array: then
/// [`load`] reports what is wrong, with line and column.
pub fn split(text: &str) -> Option<Split> {
    use serde_json::value::RawValue;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut top: serde_json::Map<String, Value> = serde_json::Map::new();
    let raw: std::collections::BTreeMap<String, Box<RawValue>> = serde_json::from_str(text).ok()?;
    let mut records = None;
    for (key, value) in raw {
        if key == "records" {
            records = Some(serde_json::from_str::<Vec<Box<RawValue>>>(value.get()).ok()?);
            top.insert(key, Value::Array(Vec::new()));
        } else {
            top.insert(key, serde_json::from_str(value.get()).ok()?);
        }
    }
    Some(Split {
        root: Value::Object(top),
        records: records?,
    })
}

fn duplicate(subject: &Subject, field: &str, value: &str) -> Problem {
    Problem {
        subject: subject.clone(),
        field: field.into(),
        value: show(&Value::String(value.to_string())),
        rule: "duplicate id: an earlier entry already uses it".into(),
    }
}
