//! From JSON text to a checked [`Dataset`]: the one entry point the app and the tool use.

use std::collections::HashSet;

use serde_json::Value;

use super::dataset::{Dataset, Extent, Localized, Record, Status, Tiles, SCHEMA_VERSION};
use super::fields::{show, Fields, Finding};
use super::problem::{LoadError, Problem, Subject};
use super::read;
use super::rule::Rule;

/// A dataset that can be shown, and the entries that were left out of it with their reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The dataset, holding only the entries that passed every rule.
    pub dataset: Dataset,
    /// One problem per broken rule in the entries left out, in file order.
    pub problems: Vec<Problem>,
    /// Records that are in the dataset and drawn, but need a check: outside the dataset's
    /// extent, or with text that arrived damaged (shown with U+FFFD).
    pub flags: Vec<Problem>,
}

impl AsRef<Dataset> for Loaded {
    fn as_ref(&self) -> &Dataset {
        &self.dataset
    }
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
    let text = repair_surrogates(text);
    // Read as the browser reads it: the file split first, then each record on its own, so a
    // record that is not readable JSON is left out with a problem, not the whole file.
    if let Some(parts) = split(&text) {
        let (mut loading, _) = begin(&parts.root)?;
        loading.check_damage = text.contains('\u{FFFD}');
        loading.reserve(parts.records.len());
        for raw in &parts.records {
            loading.add_raw(raw);
        }
        return Ok(loading.finish());
    }
    let root: Value = serde_json::from_str(&text).map_err(|e| {
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
    let (mut loading, records) = begin(&root)?;
    loading.check_damage = text.contains('\u{FFFD}');
    loading.add_records(records);
    Ok(loading.finish())
}

/// Why a dataset file is refused before it is parsed, by the page and the data tool alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unparsed {
    /// Nothing but white space.
    Empty,
    /// It starts with `<`: an HTML page (a host's "not found" page answered with 200) where
    /// the JSON should be.
    Html,
}

/// What a decoded file is before any parsing: `None` when it is for the JSON reader.
pub fn unparsed(text: &str) -> Option<Unparsed> {
    let start = text.trim_start();
    if start.is_empty() {
        Some(Unparsed::Empty)
    } else if start.starts_with('<') {
        Some(Unparsed::Html)
    } else {
        None
    }
}

/// Decodes a file's bytes as browsers' `Response.text()` does: UTF-8, without a leading byte
/// order mark, each ill-formed sequence replaced with U+FFFD (the "maximal subpart" rule of
/// both the WHATWG Encoding standard and Rust's lossy decoding).
pub fn decode_utf8(bytes: Vec<u8>) -> String {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// Replaces each unpaired UTF-16 surrogate escape (`"\ud800"`, which browsers' `JSON.parse`
/// takes but Rust strings cannot hold) with U+FFFD itself, so the damage stays in one field of one
/// record instead of rejecting the file. Text without such an escape is returned as it is.
pub fn repair_surrogates(text: &str) -> std::borrow::Cow<'_, str> {
    fn escape_at(bytes: &[u8], at: usize) -> Option<u16> {
        let hex = bytes.get(at..at + 6)?;
        if hex[0] != b'\\' || (hex[1] != b'u' && hex[1] != b'U') {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(&hex[2..]).ok()?, 16).ok()
    }
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    // memchr skips the text between backslashes a word at a time, where a byte-by-byte scan
    // of a large file was a noticeable part of its load.
    // An escape at the very end can step past it, hence `get`.
    while let Some(found) = bytes.get(i..).and_then(|rest| memchr::memchr(b'\\', rest)) {
        i += found;
        let Some(unit) = escape_at(bytes, i) else {
            // Any other escape, `\\` included: both bytes are kept as they are.
            i += 2;
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&unit)
            && escape_at(bytes, i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            i += 12;
        } else if (0xD800..0xE000).contains(&unit) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(&text[copied..i]);
            o.push('\u{FFFD}');
            i += 6;
            copied = i;
        } else {
            i += 6;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// Where in `value` the first string holding U+FFFD is, as a field path (`name.en`,
/// `sources[0].title`), with that string.
fn damaged_field(value: &Value, path: &str) -> Option<(String, String)> {
    match value {
        Value::String(s) if s.contains('\u{FFFD}') => Some((path.to_string(), s.clone())),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| damaged_field(v, &format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let sub = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            damaged_field(v, &sub)
        }),
        _ => None,
    }
}

/// An optional top-level field that is read by `read`: its value, or `None` with a problem
/// of the dataset pushed to `problems` when `read` refuses it (the rest still loads).
fn optional<T>(
    f: &mut Fields,
    key: &'static str,
    problems: &mut Vec<Problem>,
    read: impl Fn(&Value) -> Result<T, Rule>,
) -> Option<T> {
    let value = f.raw(key)?;
    read(value)
        .map_err(|rule| {
            problems.push(Problem {
                subject: Subject::Dataset,
                field: key.into(),
                value: show(value),
                rule,
            })
        })
        .ok()
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
    flags: Vec<Problem>,
    /// Whether the text holds U+FFFD (as repaired by [`repair_surrogates`]), so records are
    /// searched for it.
    pub check_damage: bool,
}

/// Checks everything but the records of `root`, and returns the records to read with
/// [`Loading::add_records`]. Fails as [`load_value`] does on a fatal problem.
pub fn begin(root: &Value) -> Result<(Loading, &[Value]), LoadError> {
    let mut fatal = Vec::new();
    let mut f = Fields::new(root, "");
    match f.required("schema_version") {
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => {}
        Some(v) => f.fail("schema_version", v, Rule::Schema),
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
    // An unusable extent or tile layer is left out with a problem: records are then not
    // checked against an area, and the bundled basemap still works.
    let mut extras = Vec::new();
    let extent = optional(&mut f, "extent", &mut extras, |value| {
        let numbers: Option<Vec<f64>> = value
            .as_array()
            .and_then(|items| items.iter().map(Value::as_f64).collect());
        Extent::new(numbers.as_deref().unwrap_or(&[]))
    });
    let tiles = optional(&mut f, "tiles", &mut extras, |value| {
        let text = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or("");
        Tiles::new(text("url"), text("attribution"))
    });
    if let Some(c) = corrections
        .as_deref()
        .filter(|c| !super::rules::is_corrections_address(c))
    {
        f.fail_text("corrections", c, Rule::NotContact);
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
            rule: Rule::NeedsCategory,
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

    let mut problems: Vec<Problem> = extras;
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
        description: if description.is_empty() {
            Localized::default()
        } else {
            description
        },
        licence,
        as_of,
        corrections,
        tiles,
        extent,
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
        flags: Vec::new(),
        check_damage: false,
    };
    Ok((loading, records_raw))
}

impl Loading {
    /// Reads the next records of the file; each one either joins the dataset or is left out
    /// with its problems.
    pub fn add_records<'a>(&mut self, values: impl IntoIterator<Item = &'a Value>) {
        for value in values {
            self.add_value(value);
        }
    }

    fn add_value(&mut self, value: &Value) {
        let index = self.next;
        self.next += 1;
        // Named by the id as the file writes it, made only when there is a problem.
        let named = || Subject::Record {
            index,
            id: key_of(value, "id"),
        };
        let (record, findings) = read::record(value);
        if !findings.is_empty() {
            self.problems.extend(tie(&named(), findings));
        }
        if let Some(record) = record {
            self.keep(|_: &Record| named(), record, Some(value));
        }
    }

    /// Checks a sound record against the rest of the dataset (its as-of date, its
    /// categories, the ids before it): kept, or left out with the problem. `subject` names
    /// it in a problem; it is only called when there is one.
    fn keep(
        &mut self,
        subject: impl Fn(&Record) -> Subject,
        record: Record,
        value: Option<&Value>,
    ) {
        let as_of = self.dataset.as_of;
        // Only a plan may carry a future (target) date; anything else dated after "as of"
        // would count as already in effect.
        let future = record.status.iter().enumerate().find(|(_, c)| {
            c.status != Status::Planned && c.date.is_some_and(|d| d.first_day() > as_of.last_day())
        });
        if let Some((i, change)) = future {
            self.problems.push(Problem {
                subject: subject(&record),
                field: format!("status[{i}].date"),
                value: show(&Value::String(
                    change.date.map(|d| d.to_string()).unwrap_or_default(),
                )),
                rule: Rule::AfterAsOf(as_of),
            });
        } else if !self.category_ids.contains(&record.category) {
            let known: Vec<&str> = self
                .dataset
                .categories
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            self.problems.push(Problem {
                subject: subject(&record),
                field: "category".into(),
                value: show(&Value::String(record.category.clone())),
                rule: Rule::UnknownCategory(known.join(", ")),
            });
        } else if !self.record_ids.insert(record.id.clone()) {
            self.problems
                .push(duplicate(&subject(&record), "id", &record.id));
        } else {
            self.flag(subject, value, &record);
            self.dataset.records.push(record);
        }
    }

    /// Reads one record from its raw JSON text: kept, or left out with its problems. Text
    /// that does not parse as a value (a number out of range, say) is a problem of that
    /// record.
    pub fn add_raw(&mut self, raw: &serde_json::value::RawValue) {
        // A sound record is read straight into its type; the damage check needs the value.
        if !self.check_damage {
            if let Some(record) = super::fast::record(raw.get()) {
                let index = self.next;
                self.next += 1;
                let subject = move |r: &Record| Subject::Record {
                    index,
                    id: Some(r.id.clone()),
                };
                self.keep(subject, record, None);
                return;
            }
        }
        match serde_json::from_str::<Value>(raw.get()) {
            Ok(value) => self.add_value(&value),
            Err(e) => {
                let index = self.next;
                self.next += 1;
                let text = raw.get();
                let mut shown: String = text.chars().take(60).collect();
                if text.chars().count() > 60 {
                    shown.push('…');
                }
                self.problems.push(Problem {
                    subject: Subject::Record { index, id: None },
                    field: "(whole entry)".into(),
                    value: shown,
                    rule: Rule::NotJson(
                        e.to_string().split(" at line ").next().unwrap_or("").into(),
                    ),
                });
            }
        }
    }

    /// Flags a record that is kept but needs a check.
    fn flag(
        &mut self,
        subject: impl Fn(&Record) -> Subject,
        value: Option<&Value>,
        record: &Record,
    ) {
        if let (Some(extent), Some((lat, lon))) =
            (self.dataset.extent, record.location.coordinates())
        {
            if !extent.contains(lat, lon) {
                self.flags.push(Problem {
                    subject: subject(record),
                    field: "location".into(),
                    value: format!("lat {lat}, lon {lon}"),
                    rule: Rule::Outside(extent, extent.contains(lon, lat)),
                });
            }
        }
        if self.check_damage {
            if let Some((field, text)) = value.and_then(|value| damaged_field(value, "")) {
                self.flags.push(Problem {
                    subject: subject(record),
                    field,
                    value: show(&Value::String(text)),
                    rule: Rule::Damaged,
                });
            }
        }
    }

    /// Makes room for `more` records at once, so neither the list nor the set of ids is
    /// regrown (and copied, or rehashed) as they are read.
    pub fn reserve(&mut self, more: usize) {
        self.dataset.records.reserve_exact(more);
        self.record_ids.reserve(more);
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
            flags: self.flags,
        }
    }
}

/// A file split for reading in batches: the document without its records, and each record
/// as raw JSON text borrowed from the file
/// (<https://docs.rs/serde_json/latest/serde_json/value/struct.RawValue.html>).
pub struct Split<'a> {
    /// The document with `records` emptied.
    pub root: Value,
    /// Each record's JSON text.
    pub records: Vec<&'a serde_json::value::RawValue>,
}

/// Splits `text` for reading in batches: one scan of the whole file, then each record stays
/// text until read. `None` when the file is not a JSON object with a `records` array: then
/// [`load`] reports what is wrong, with line and column.
pub fn split(text: &str) -> Option<Split<'_>> {
    #[derive(serde::Deserialize)]
    struct Parts<'a> {
        #[serde(borrow)]
        records: Vec<&'a serde_json::value::RawValue>,
        #[serde(flatten)]
        rest: serde_json::Map<String, Value>,
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Parts { records, mut rest } = serde_json::from_str(text).ok()?;
    rest.insert("records".into(), Value::Array(Vec::new()));
    Some(Split {
        root: Value::Object(rest),
        records,
    })
}

fn duplicate(subject: &Subject, field: &str, value: &str) -> Problem {
    Problem {
        subject: subject.clone(),
        field: field.into(),
        value: show(&Value::String(value.to_string())),
        rule: Rule::DuplicateId,
    }
}
