//! Filters, and the counts each filter choice would give under the other active filters.

use std::collections::BTreeSet;

use crate::model::{Dataset, Record, Status};

use super::month::Month;
use super::search::{fold, SearchIndex};
use super::timeline::{as_of, changes_within, span, status_at};

/// What the reader has chosen. An empty set means "any".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Category ids.
    pub categories: BTreeSet<String>,
    /// Operator keys (see [`operator_key`]).
    pub operators: BTreeSet<String>,
    /// Statuses at the end of the time range.
    pub statuses: BTreeSet<Status>,
    /// District keys (see [`district_key`]).
    pub districts: BTreeSet<String>,
    /// Free text.
    pub search: String,
    /// Start of the time range; `None` is the dataset's first month.
    pub from: Option<Month>,
    /// End of the time range, the date status is computed at; `None` is the dataset's last.
    pub to: Option<Month>,
}

impl Filters {
    /// Whether nothing narrows the view.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// The filterable dimensions that show counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    /// Category id.
    Category,
    /// Operator, or "not named".
    Operator,
    /// Status at the end of the time range.
    Status,
    /// District, or the town when no district is given.
    District,
}

/// Key of the "operator not named" choice.
pub const NOT_NAMED: &str = "not-named";

/// The operator choice a record falls under.
pub fn operator_key(record: &Record) -> String {
    record
        .operator
        .clone()
        .unwrap_or_else(|| NOT_NAMED.to_string())
}

/// The district choice a record falls under: its district, else its town.
pub fn district_key(record: &Record) -> String {
    record
        .location
        .district
        .clone()
        .unwrap_or_else(|| record.location.town.clone())
}

/// A dataset prepared for querying: search index and time span computed once.
#[derive(Debug, Clone)]
pub struct Query {
    index: SearchIndex,
    /// [`operator_key`] of each record, computed once.
    operators: Vec<String>,
    /// [`district_key`] of each record, computed once.
    districts: Vec<String>,
    /// The dataset's first and last month.
    pub span: (Month, Month),
    /// The dataset's "as of" month.
    pub as_of: Month,
}

impl Query {
    /// Prepares `dataset`.
    pub fn new(dataset: &Dataset) -> Self {
        Self {
            index: SearchIndex::new(dataset),
            operators: dataset.records.iter().map(operator_key).collect(),
            districts: dataset.records.iter().map(district_key).collect(),
            span: span(dataset),
            as_of: as_of(dataset),
        }
    }

    /// The time range `filters` select, clamped to the span and put in order.
    pub fn range(&self, filters: &Filters) -> (Month, Month) {
        let clamp = |m: Month| m.max(self.span.0).min(self.span.1);
        let from = clamp(filters.from.unwrap_or(self.span.0));
        let to = clamp(filters.to.unwrap_or(self.span.1));
        (from.min(to), to.max(from))
    }

    /// Whether `record` (number `index`) passes every filter except `skip`; `query` is the
    /// search text already folded.
    fn passes(
        &self,
        filters: &Filters,
        query: &str,
        index: usize,
        record: &Record,
        skip: Option<Facet>,
    ) -> bool {
        let (from, to) = self.range(filters);
        let Some(status) = status_at(record, to, self.as_of) else {
            return false;
        };
        let unrestricted = from == self.span.0;
        if !unrestricted && !changes_within(record, from, to, self.as_of) {
            return false;
        }
        let check = |facet: Facet, ok: bool| skip == Some(facet) || ok;
        check(
            Facet::Category,
            filters.categories.is_empty() || filters.categories.contains(&record.category),
        ) && check(
            Facet::Operator,
            filters.operators.is_empty() || filters.operators.contains(&self.operators[index]),
        ) && check(
            Facet::Status,
            filters.statuses.is_empty() || filters.statuses.contains(&status),
        ) && check(
            Facet::District,
            filters.districts.is_empty() || filters.districts.contains(&self.districts[index]),
        ) && (query.trim().is_empty() || self.index.matches(index, query))
    }

    /// Indices of the records that pass every filter, in dataset order.
    pub fn visible(&self, dataset: &Dataset, filters: &Filters) -> Vec<usize> {
        let query = fold(&filters.search);
        dataset
            .records
            .iter()
            .enumerate()
            .filter(|(i, r)| self.passes(filters, &query, *i, r, None))
            .map(|(i, _)| i)
            .collect()
    }

    /// Every choice of `facet` in the dataset, with how many records it would show under the
    /// other active filters, in a stable order (categories in legend order, others by name).
    pub fn counts<'a>(
        &'a self,
        dataset: &'a Dataset,
        filters: &Filters,
        facet: Facet,
    ) -> Vec<(String, usize)> {
        let (_, to) = self.range(filters);
        let key = |i: usize, r: &'a Record| -> Option<&'a str> {
            Some(match facet {
                Facet::Category => r.category.as_str(),
                Facet::Operator => self.operators[i].as_str(),
                Facet::Status => status_at(r, to, self.as_of)?.name(),
                Facet::District => self.districts[i].as_str(),
            })
        };
        let mut choices: Vec<(String, usize)> = match facet {
            Facet::Category => dataset
                .categories
                .iter()
                .map(|c| (c.id.clone(), 0))
                .collect(),
            Facet::Status => Status::NAMES.iter().map(|s| (s.to_string(), 0)).collect(),
            _ => {
                let all: BTreeSet<&str> = dataset
                    .records
                    .iter()
                    .enumerate()
                    .filter_map(|(i, r)| key(i, r))
                    .collect();
                all.into_iter().map(|k| (k.to_string(), 0)).collect()
            }
        };
        let position: std::collections::HashMap<String, usize> = choices
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.clone(), i))
            .collect();
        let query = fold(&filters.search);
        for (i, r) in dataset.records.iter().enumerate() {
            if !self.passes(filters, &query, i, r, Some(facet)) {
                continue;
            }
            if let Some(at) = key(i, r).and_then(|k| position.get(k)) {
                choices[*at].1 += 1;
            }
        }
        choices
    }
}
