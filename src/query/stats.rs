//! Counts for the current view (`Query::summarize` makes them, `words::summary` words them).

/// How many of the visible records are in each status, and in how many towns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Records open at the month.
    pub opened: usize,
    /// Records planned at the month.
    pub planned: usize,
    /// Records closed at the month.
    pub closed: usize,
    /// Distinct towns among the visible records.
    pub towns: usize,
    /// Visible records a search found only in their notes, counted apart from the rest.
    pub mentioned: usize,
}
