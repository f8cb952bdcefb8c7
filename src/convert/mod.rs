//! Spreadsheet (CSV) and GIS (GeoJSON) forms of a dataset, for the data tool and the
//! dashboard's downloads. Every import goes through the same reader and rules as the JSON, and
//! its problems point at the cell (CSV line and column) or the feature and property (GeoJSON).

pub mod csv_table;
pub mod defaults;
pub mod features;
pub mod text;

use std::fmt;

use serde_json::{Map, Value};

use crate::model::{load_value, Dataset, LoadError, Problem, Subject};

/// A problem found while importing, already worded for the file it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem(pub String);

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why an import produced no dataset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file cannot be read as text of the expected kind at all.
    #[error("{0}")]
    Unreadable(String),
    /// The file was read, but entries break the rules: every problem, in file order.
    #[error("{} problem(s); first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<ImportProblem>),
}

/// Puts imported `records` under metadata (given, or made from the records with `title`),
/// checks the whole, and words each problem of a record with `locate` (which says where in the
/// source file it is: a CSV line and column, a GeoJSON feature and property).
pub(crate) fn assemble(
    name: &str,
    title: &str,
    records: Vec<Value>,
    metadata: Option<&Map<String, Value>>,
    locate: impl Fn(usize, &Problem) -> String,
) -> Result<Dataset, ImportError> {
    let mut root = match metadata {
        Some(m) => m.clone(),
        None => {
            let as_of = defaults::latest_date(&records).ok_or_else(|| {
                ImportError::Unreadable(format!(
                    "{name}: no dates to take \"as of\" from; give --metadata"
                ))
            })?;
            defaults::metadata(title, &defaults::categories_of(&records), &as_of)
        }
    };
    root.insert("records".into(), Value::Array(records));
    let word = |p: &Problem| {
        ImportProblem(match &p.subject {
            Subject::Record { index, .. } => locate(*index, p),
            other => format!(
                "{name} metadata, {other}: field \"{}\" = {}: {}",
                p.field, p.value, p.rule
            ),
        })
    };
    match load_value(&Value::Object(root)) {
        Ok(loaded) if loaded.is_valid() => Ok(loaded.dataset),
        Ok(loaded) => Err(ImportError::Invalid(
            loaded.problems.iter().map(word).collect(),
        )),
        Err(LoadError::Invalid(problems)) => {
            Err(ImportError::Invalid(problems.iter().map(word).collect()))
        }
        Err(e) => Err(ImportError::Unreadable(format!("{name}: {e}"))),
    }
}

/// The id of the record a problem is in, when it has one.
pub(crate) fn id_of(subject: &Subject) -> Option<&str> {
    match subject {
        Subject::Record { id, .. } => id.as_deref(),
        _ => None,
    }
}

/// The file formats a reader can download the records in view as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A spreadsheet: one row per record (see [`csv_table`]).
    Csv,
    /// A GeoJSON FeatureCollection (see [`features`]).
    GeoJson,
}

impl Format {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::GeoJson => "geojson",
        }
    }

    /// The media type the download is labelled with.
    pub fn mime(self) -> &'static str {
        match self {
            Self::Csv => "text/csv;charset=utf-8",
            Self::GeoJson => "application/geo+json",
        }
    }

    /// `dataset` written in this format.
    /// CSV starts with a byte-order mark, so spreadsheet programs read it as UTF-8 (ş, ə).
    pub fn export(self, dataset: &Dataset) -> String {
        match self {
            Self::Csv => format!("\u{feff}{}", csv_table::export(dataset)),
            Self::GeoJson => features::export_text(dataset),
        }
    }
}
