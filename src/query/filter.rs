//! Filters, and the counts each filter choice would give under the other active filters.

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use crate::model::{Dataset, Record, Status};

use super::month::Month;
use super::search::{fold, fold_all, SearchIndex};
use super::stats::Summary;
use super::timeline::{as_of, changes, span};

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

    /// Whether the choice `key` of `facet` is ticked.
    pub fn is_chosen(&self, facet: Facet, key: &str) -> bool {
        match facet {
            Facet::Category => self.categories.contains(key),
            Facet::Operator => self.operators.contains(key),
            Facet::District => self.districts.contains(key),
            Facet::Status => Status::from_name(key).is_some_and(|s| self.statuses.contains(&s)),
        }
    }

    /// Ticks the choice `key` of `facet`, or unticks it if it was ticked. An unknown status
    /// name changes nothing.
    pub fn toggle(&mut self, facet: Facet, key: &str) {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, value: T) {
            if !set.remove(&value) {
                set.insert(value);
            }
        }
        match facet {
            Facet::Category => flip(&mut self.categories, key.to_string()),
            Facet::Operator => flip(&mut self.operators, key.to_string()),
            Facet::District => flip(&mut self.districts, key.to_string()),
            Facet::Status => {
                if let Some(s) = Status::from_name(key) {
                    flip(&mut self.statuses, s);
                }
            }
        }
    }

    /// Whether every one of `keys` (a family's categories) is ticked.
    pub fn has_all(&self, keys: &[String]) -> bool {
        keys.iter().all(|key| self.categories.contains(key))
    }

    /// Ticks every one of `keys`, or unticks them all when they all were: a family's chip, and
    /// the legend's second control.
    pub fn toggle_all(&mut self, keys: &[String]) {
        let all = self.has_all(keys);
        for key in keys {
            if all {
                self.categories.remove(key);
            } else {
                self.categories.insert(key.clone());
            }
        }
    }

    /// Shows only `keys` (a family's categories), or every category again when they are
    /// already the only ones ticked: choosing a family in the legend.
    pub fn isolate(&mut self, keys: &[String]) {
        let only = self.categories.len() == keys.len() && self.has_all(keys);
        self.categories.clear();
        if !only {
            self.categories.extend(keys.iter().cloned());
        }
    }

    /// Sets one end of the time range to `month` within `span`, keeping the range in order:
    /// moving the start past the end drags the end along, and the other way round. The
    /// dataset's own first or last month is stored as `None`, so the default view keeps an
    /// empty URL.
    pub fn set_bound(&mut self, bound: Bound, month: Month, span: (Month, Month)) {
        let month = month.max(span.0).min(span.1);
        match bound {
            Bound::From => {
                self.from = (month != span.0).then_some(month);
                if self.to.is_some_and(|to| to < month) {
                    self.to = Some(month);
                }
            }
            Bound::To => {
                self.to = (month != span.1).then_some(month);
                if self.from.is_some_and(|from| from > month) {
                    self.from = Some(month);
                }
            }
        }
    }
}

/// One end of the time range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The start: records must change within the range.
    From,
    /// The end: the month statuses are shown at.
    To,
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
pub fn operator_key(record: &Record) -> &str {
    record.operator.as_deref().unwrap_or(NOT_NAMED)
}

/// The distinct values of `key` over `records`, sorted, and each record's place among them.
/// Only the distinct values are sorted: a few hundred names, where sorting a copy of every
/// record's took most of preparing the query at 50,000 records.
fn ranked<'d>(
    records: &'d [Record],
    key: impl Fn(&'d Record) -> &'d str,
) -> (Vec<String>, Vec<u32>) {
    let mut first_seen: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let seen: Vec<u32> = records
        .iter()
        .map(|r| {
            let name = key(r);
            *first_seen.entry(name).or_insert_with(|| {
                names.push(name);
                names.len() as u32 - 1
            })
        })
        .collect();
    let mut order: Vec<usize> = (0..names.len()).collect();
    crate::geometry::sort_indices(&mut order, &|a, b| names[a].cmp(names[b]).then(a.cmp(&b)));
    let mut rank = vec![0; names.len()];
    for (place, &n) in order.iter().enumerate() {
        rank[n] = place as u32;
    }
    let sorted = order.iter().map(|&n| names[n].to_string()).collect();
    (sorted, seen.iter().map(|&n| rank[n as usize]).collect())
}

/// The district choice a record falls under: its district, else its town.
pub fn district_key(record: &Record) -> &str {
    record
        .location
        .district
        .as_deref()
        .unwrap_or(&record.location.town)
}

/// A part of a [`Query`] that only some uses need: made on first use, or ahead of it with
/// [`Query::provide_search`] / [`Query::prepare_sorting`].
#[derive(Clone)]
enum Later<T> {
    /// Made ahead.
    Ready(Arc<T>),
    /// Made by its maker on first use.
    OnUse(Arc<OnceLock<T>>, Arc<dyn Fn() -> T + Send + Sync>),
}

impl<T> Later<T> {
    fn ready(value: T) -> Self {
        Self::Ready(Arc::new(value))
    }

    fn on_use(make: impl Fn() -> T + Send + Sync + 'static) -> Self {
        Self::OnUse(Arc::new(OnceLock::new()), Arc::new(make))
    }

    fn get(&self) -> &T {
        match self {
            Self::Ready(value) => value,
            Self::OnUse(made, make) => made.get_or_init(|| make()),
        }
    }

    /// Takes a value made elsewhere, unless one is made already.
    fn provide(&self, value: T) {
        if let Self::OnUse(made, _) = self {
            let _ = made.set(value);
        }
    }

    fn is_made(&self) -> bool {
        match self {
            Self::Ready(_) => true,
            Self::OnUse(made, _) => made.get().is_some(),
        }
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Later<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Ready(value) => value.fmt(f),
            Self::OnUse(made, _) => match made.get() {
                Some(value) => value.fmt(f),
                None => f.write_str("(made on first use)"),
            },
        }
    }
}

/// Every record's folded names, for sorting the list by what it shows.
#[derive(Debug, Clone, Default)]
struct Sorting {
    /// Per record, the folded English name and town.
    names: Vec<(String, String)>,
    /// Per other language some record is named in (`az`, `ru`), every record's folded name in
    /// it (English where it has none).
    names_in: Vec<(String, Vec<String>)>,
}

impl Sorting {
    fn new(dataset: &Dataset) -> Self {
        let names: Vec<&str> = dataset.records.iter().map(|r| r.name.get("en")).collect();
        let towns: Vec<&str> = dataset
            .records
            .iter()
            .map(|r| r.location.town.as_str())
            .collect();
        let mut languages: BTreeSet<&str> = BTreeSet::new();
        for r in &dataset.records {
            languages.extend(r.name.languages().filter(|l| *l != "en"));
        }
        Self {
            names: fold_all(&names).into_iter().zip(fold_all(&towns)).collect(),
            names_in: languages
                .into_iter()
                .map(|lang| {
                    let names: Vec<&str> =
                        dataset.records.iter().map(|r| r.name.get(lang)).collect();
                    (lang.to_string(), fold_all(&names))
                })
                .collect(),
        }
    }
}

/// A dataset prepared for querying: time span and every record's filter keys computed once,
/// so a filter change is one pass over small integers; the search index and the sort names
/// (folding every text, the longest part) made once too, ahead or on first use.
#[derive(Debug, Clone)]
pub struct Query {
    index: Later<SearchIndex>,
    /// Per facet, every choice in the dataset in display order (categories in legend order,
    /// statuses in [`Status::NAMES`] order, others by name).
    choices: [Vec<String>; 4],
    /// Per record, the position of its category, operator and district among `choices`.
    keys: Vec<[u32; 3]>,
    /// Per record, its status changes as (effective month, status), oldest first.
    changes: Vec<Vec<(Month, Status)>>,
    /// Per category (legend order), the position of its family in `Dataset::families`.
    family_of: Vec<usize>,
    /// Per record, its town as a number (its place among the towns by name), and how many
    /// towns there are: the summary counts distinct towns without comparing text.
    towns: (Vec<u32>, usize),
    /// Per record, the folded names the list sorts by.
    sorting: Later<Sorting>,
    /// The dataset's first and last month.
    pub span: (Month, Month),
    /// The dataset's "as of" month.
    pub as_of: Month,
}

/// What one pass of the filters gives: the records that pass, and the count each filter
/// choice would give under the other filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Evaluation {
    /// Indices of the records that pass every filter, in dataset order.
    pub visible: Vec<usize>,
    /// Per facet (in [`Facet::ALL`] order), the count of each choice, aligned with
    /// [`Query::choices`].
    pub counts: [Vec<usize>; 4],
}

impl Evaluation {
    /// The counts of `facet`, aligned with [`Query::choices`].
    pub fn counts_of(&self, facet: Facet) -> &[usize] {
        &self.counts[facet as usize]
    }
}

/// The choices ticked in one facet, by position among [`Query::choices`]; `Any` when none is.
#[derive(Debug)]
enum Chosen {
    Any,
    Some(Vec<bool>),
}

impl Chosen {
    fn new(choices: &[String], picked: &BTreeSet<String>) -> Self {
        if picked.is_empty() {
            return Self::Any;
        }
        Self::Some(choices.iter().map(|c| picked.contains(c)).collect())
    }

    fn allows(&self, key: u32) -> bool {
        match self {
            Self::Any => true,
            Self::Some(bits) => bits.get(key as usize).copied().unwrap_or(false),
        }
    }
}

impl Facet {
    /// Every facet, in the order of [`Evaluation::counts`].
    pub const ALL: [Facet; 4] = [
        Facet::Category,
        Facet::Operator,
        Facet::Status,
        Facet::District,
    ];
}

impl Query {
    /// Prepares `dataset`, search index and sort names included.
    pub fn new(dataset: &Dataset) -> Self {
        Self::with(
            dataset,
            Later::ready(SearchIndex::new(dataset)),
            Later::ready(Sorting::new(dataset)),
        )
    }

    /// Prepares the dataset `source` holds, leaving the search index and the sort names to
    /// be made on first use (a search, the list's sorting) or by [`Query::provide_search`] and
    /// [`Query::prepare_sorting`]: the app makes them after the first markers are painted.
    pub fn deferred<D: AsRef<Dataset> + Send + Sync + 'static>(source: Arc<D>) -> Self {
        let (for_index, for_sorting) = (Arc::clone(&source), Arc::clone(&source));
        Self::with(
            (*source).as_ref(),
            Later::on_use(move || SearchIndex::new((*for_index).as_ref())),
            Later::on_use(move || Sorting::new((*for_sorting).as_ref())),
        )
    }

    /// Takes a search index made elsewhere (in parts, between which the app yields to the
    /// browser), unless one is made already.
    pub fn provide_search(&self, index: SearchIndex) {
        self.index.provide(index);
    }

    /// Makes the sort names now, if they are not made yet.
    pub fn prepare_sorting(&self) {
        self.sorting.get();
    }

    /// Whether the search index is made (by [`Query::new`], a search, or
    /// [`Query::provide_search`]).
    pub fn search_ready(&self) -> bool {
        self.index.is_made()
    }

    fn with(dataset: &Dataset, index: Later<SearchIndex>, sorting: Later<Sorting>) -> Self {
        let records = &dataset.records;
        let categories: Vec<String> = dataset.categories.iter().map(|c| c.id.clone()).collect();
        let category_at: std::collections::HashMap<&str, u32> = categories
            .iter()
            .enumerate()
            .map(|(i, c)| (c.as_str(), i as u32))
            .collect();
        let (operators, operator_of) = ranked(records, operator_key);
        let (districts, district_of) = ranked(records, district_key);
        let keys = records
            .iter()
            .enumerate()
            .map(|(i, r)| {
                [
                    category_at
                        .get(r.category.as_str())
                        .copied()
                        .unwrap_or(u32::MAX),
                    operator_of[i],
                    district_of[i],
                ]
            })
            .collect();
        let as_of = as_of(dataset);
        let changes = records
            .iter()
            .map(|r| changes(r, as_of).map(|(m, s, _)| (m, s)).collect())
            .collect();
        let (town_names, towns) = ranked(records, |r| &r.location.town);
        let statuses = Status::NAMES.iter().map(|s| s.to_string()).collect();
        let families = dataset.families();
        let mut family_of = vec![0; dataset.categories.len()];
        for (f, family) in families.iter().enumerate() {
            for &c in &family.categories {
                family_of[c] = f;
            }
        }
        Self {
            family_of,
            index,
            choices: [categories, operators, statuses, districts],
            keys,
            changes,
            towns: (towns, town_names.len()),
            sorting,
            span: span(dataset),
            as_of,
        }
    }

    /// Every choice of `facet` in the dataset, in display order.
    pub fn choices(&self, facet: Facet) -> &[String] {
        &self.choices[facet as usize]
    }

    /// How many of `visible` fall in each category, aligned with the category choices.
    pub fn category_counts(&self, visible: &[usize]) -> Vec<usize> {
        let mut counts = vec![0; self.choices[0].len()];
        for &i in visible {
            if let Some(n) = counts.get_mut(self.keys[i][0] as usize) {
                *n += 1;
            }
        }
        counts
    }

    /// How many of `records` fall in each family (see `Dataset::families`).
    pub fn family_counts(&self, records: &[usize]) -> Vec<usize> {
        let mut counts = vec![0; self.family_of.iter().max().map_or(0, |m| m + 1)];
        for &i in records {
            if let Some(&f) = self.family_of.get(self.keys[i][0] as usize) {
                counts[f] += 1;
            }
        }
        counts
    }

    /// The family of record `index`, by position in `Dataset::families`.
    pub fn family(&self, index: usize) -> usize {
        self.family_of
            .get(self.keys[index][0] as usize)
            .copied()
            .unwrap_or(0)
    }

    /// The gazetteer place a search names as a whole (any spelling), by position in
    /// `Dataset::places`: the map moves there and its records come first.
    pub fn locate(&self, search: &str) -> Option<usize> {
        let folded = fold(search);
        if folded.trim().is_empty() {
            return None;
        }
        self.index.get().place(&folded)
    }

    /// How each record matches `search`, for ordering results: 0 in the place the search
    /// names (see [`Query::locate`]), 1 by name, operator, town or district, 2 only through
    /// its notes ("mentioned in notes"). Without a search every record ranks 0. The query is
    /// folded once, here.
    pub fn ranker<'a>(&'a self, search: &str) -> impl Fn(usize) -> u8 + 'a {
        let folded = fold(search);
        let empty = folded.trim().is_empty();
        // Without a search the index is not needed (and not made).
        let index = (!empty).then(|| self.index.get());
        let place = index.and_then(|i| i.place(&folded));
        move |record| match (index, place) {
            (None, _) => 0,
            (Some(i), Some(p)) if i.in_place(record, p) => 0,
            (Some(i), _) if i.only_in_notes(record, &folded) => 2,
            (Some(_), _) => 1,
        }
    }

    /// The folded name (in `lang`, else English) and town of record `index`, for sorting.
    pub fn sort_names(&self, index: usize, lang: &str) -> (&str, &str) {
        let sorting = self.sorting.get();
        let (n, t) = &sorting.names[index];
        let name = sorting
            .names_in
            .iter()
            .find(|(l, _)| l == lang)
            .map_or(n.as_str(), |(_, names)| names[index].as_str());
        (name, t)
    }

    /// Whether record `index` changes status in month `at`.
    pub fn changes_in(&self, index: usize, at: Month) -> bool {
        self.changes[index].iter().any(|(m, _)| *m == at)
    }

    /// Which of `visible` change status in month `at`, with the status each takes then, in
    /// the order given: what Play shows as new in each month's step.
    pub fn changed_in(&self, visible: &[usize], at: Month) -> Vec<(usize, Status)> {
        visible
            .iter()
            .filter_map(|&i| {
                self.changes[i]
                    .iter()
                    .rfind(|(m, _)| *m == at)
                    .map(|&(_, s)| (i, s))
            })
            .collect()
    }

    /// The status of record `index` at the end of month `at` (see
    /// [`super::timeline::status_at`]), from the changes prepared once.
    pub fn status_at(&self, index: usize, at: Month) -> Option<Status> {
        self.changes[index]
            .iter()
            .rfind(|(m, _)| *m <= at)
            .map(|&(_, s)| s)
    }

    /// How many of `visible` are in each status at month `at` (as
    /// [`super::timeline::status_at`] gives it), and in how many towns, from the prepared
    /// status changes and town numbers: one pass over small integers, as the summary follows
    /// every filter change.
    pub fn summarize(&self, visible: &[usize], at: Month) -> Summary {
        let (town_of, count) = &self.towns;
        let mut seen = vec![false; *count];
        let mut summary = Summary::default();
        for &i in visible {
            let town = &mut seen[town_of[i] as usize];
            summary.towns += usize::from(!*town);
            *town = true;
            match self.status_at(i, at) {
                Some(Status::Opened) => summary.opened += 1,
                Some(Status::Planned) => summary.planned += 1,
                Some(Status::Closed) => summary.closed += 1,
                None => {}
            }
        }
        summary
    }

    /// [`Query::summarize`] of what `search` found: the records it matches by name, operator,
    /// town or district are counted, and those it finds only in their notes are counted apart
    /// (`mentioned`), so "Şuşa" does not count the branches elsewhere that mention Shusha.
    pub fn summarize_found(&self, visible: &[usize], at: Month, search: &str) -> Summary {
        if fold(search).trim().is_empty() {
            return self.summarize(visible, at);
        }
        let rank = self.ranker(search);
        let (direct, notes): (Vec<usize>, Vec<usize>) = visible.iter().partition(|&&i| rank(i) < 2);
        Summary {
            mentioned: notes.len(),
            ..self.summarize(&direct, at)
        }
    }

    /// The time range `filters` select, clamped to the span and put in order.
    pub fn range(&self, filters: &Filters) -> (Month, Month) {
        let clamp = |m: Month| m.max(self.span.0).min(self.span.1);
        let from = clamp(filters.from.unwrap_or(self.span.0));
        let to = clamp(filters.to.unwrap_or(self.span.1));
        (from.min(to), to.max(from))
    }

    /// One pass over the records: which pass every filter, and what each filter choice would
    /// count under the other filters. Time and search are not facets: a record outside them
    /// counts nowhere.
    pub fn evaluate(&self, filters: &Filters) -> Evaluation {
        let (from, to) = self.range(filters);
        let unrestricted = from == self.span.0;
        let query = fold(&filters.search);
        let searching = !query.trim().is_empty();
        let index = searching.then(|| self.index.get());
        let chosen = [
            Chosen::new(&self.choices[0], &filters.categories),
            Chosen::new(&self.choices[1], &filters.operators),
            Chosen::Any,
            Chosen::new(&self.choices[3], &filters.districts),
        ];
        let statuses = &filters.statuses;
        let mut out = Evaluation {
            visible: Vec::new(),
            counts: std::array::from_fn(|f| vec![0; self.choices[f].len()]),
        };
        for (i, [category, operator, district]) in self.keys.iter().copied().enumerate() {
            let Some(status) = self.status_at(i, to) else {
                continue;
            };
            if !unrestricted && !self.changes[i].iter().any(|&(m, _)| from <= m && m <= to) {
                continue;
            }
            if index.is_some_and(|index| !index.matches(i, &query)) {
                continue;
            }
            let keys = [category, operator, status as u32, district];
            let fails = [
                !chosen[0].allows(category),
                !chosen[1].allows(operator),
                !(statuses.is_empty() || statuses.contains(&status)),
                !chosen[3].allows(district),
            ];
            match fails.iter().filter(|f| **f).count() {
                0 => {
                    out.visible.push(i);
                    for (f, key) in keys.iter().enumerate() {
                        if let Some(n) = out.counts[f].get_mut(*key as usize) {
                            *n += 1;
                        }
                    }
                }
                1 => {
                    let f = fails.iter().position(|f| *f).unwrap_or(0);
                    if let Some(n) = out.counts[f].get_mut(keys[f] as usize) {
                        *n += 1;
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Indices of the records that pass every filter, in dataset order.
    pub fn visible(&self, filters: &Filters) -> Vec<usize> {
        self.evaluate(filters).visible
    }

    /// Every choice of `facet` in the dataset, with how many records it would show under the
    /// other active filters, in a stable order (categories in legend order, others by name).
    pub fn counts(&self, filters: &Filters, facet: Facet) -> Vec<(String, usize)> {
        let e = self.evaluate(filters);
        self.choices(facet)
            .iter()
            .cloned()
            .zip(e.counts_of(facet).iter().copied())
            .collect()
    }
}
