//! Spreadsheet (CSV) and GIS (GeoJSON) forms of a dataset, for the data tool and the
//! dashboard's downloads. Every import goes through the same reader and rules as the JSON, and
//! its problems point at the cell (CSV line and column) or the feature and property (GeoJSON).

pub mod csv_table;
pub mod defaults;
pub mod features;
pub mod text;

use std::fmt;

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
