//! Rows of the record list and their sort orders.

use crate::model::{Dataset, PartialDate, Status};

use super::filter::Query;
use super::month::Month;
use super::timeline::changes;

/// Columns the list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Record name (English, folded).
    Name,
    /// Category, in legend order.
    Category,
    /// Town (folded).
    Town,
    /// Status at the chosen month.
    Status,
    /// Date of the latest change in effect; undated last.
    Date,
}

/// One row: a visible record at month `at`.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into the dataset's records.
    pub index: usize,
    /// Status at `at`.
    pub status: Option<Status>,
    /// Date of the latest change in effect at `at`, if it has one.
    pub date: Option<PartialDate>,
    /// How it matches the search ([`Query::ranker`]): rows sort by this first.
    pub rank: u8,
}

/// The rows for `visible` at `at` (names compared in `lang`), sorted by how they match `search` (a place it names
/// first, matches in the notes alone last), then by `column` (ties by name), ascending or not.
/// Sort keys come from `query`, folded once, so sorting 50,000 rows allocates nothing per
/// compare.
pub fn rows(
    dataset: &Dataset,
    query: &Query,
    visible: &[usize],
    at: Month,
    (column, ascending): (Column, bool),
    search: &str,
    lang: &str,
) -> Vec<Row> {
    let as_of = query.as_of;
    let rank = query.ranker(search);
    let rows: Vec<Row> = visible
        .iter()
        .map(|&index| {
            let r = &dataset.records[index];
            // The change in effect, as `timeline::status_at` picks it.
            let latest = changes(r, as_of).rfind(|(m, _, _)| *m <= at);
            Row {
                index,
                status: latest.map(|(_, s, _)| s),
                date: latest.and_then(|(_, _, d)| d),
                rank: rank(index),
            }
        })
        .collect();
    // Each row's sort names and category rank, looked up once, not at every comparison.
    let keys: Vec<((&str, &str), Option<usize>)> = rows
        .iter()
        .map(|row| {
            let id = &dataset.records[row.index].category;
            let rank = (column == Column::Category)
                .then(|| dataset.categories.iter().position(|c| c.id == *id))
                .flatten();
            (query.sort_names(row.index, lang), rank)
        })
        .collect();
    // The record index breaks every tie, so the order is total.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    crate::geometry::sort_indices(&mut order, &|i, j| {
        let (a, b) = (&rows[i], &rows[j]);
        let ((name_a, town_a), rank_a) = keys[i];
        let ((name_b, town_b), rank_b) = keys[j];
        let primary = match column {
            Column::Name => std::cmp::Ordering::Equal,
            Column::Category => rank_a.cmp(&rank_b),
            Column::Town => town_a.cmp(town_b),
            Column::Status => a.status.cmp(&b.status),
            // Undated rows go last in ascending order.
            Column::Date => match (a.date, b.date) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        let ordering = primary
            .then_with(|| name_a.cmp(name_b))
            .then(a.index.cmp(&b.index));
        let ordering = if ascending {
            ordering
        } else {
            ordering.reverse()
        };
        a.rank.cmp(&b.rank).then(ordering)
    });
    order.into_iter().map(|i| rows[i].clone()).collect()
}

/// The rows to keep in the DOM for a scrolled list: `(first, end)` positions, the rows in
/// the viewport of `height` pixels at scroll offset `top`, with `margin` rows either side.
pub fn window(len: usize, top: f64, height: f64, row: f64, margin: usize) -> (usize, usize) {
    let first_seen = (top.max(0.0) / row).floor() as usize;
    let seen = (height.max(row) / row).ceil() as usize + 1;
    let first = first_seen.saturating_sub(margin).min(len);
    let end = (first_seen + seen + margin).min(len);
    (first, end.max(first))
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_window_holds_the_visible_rows_and_a_margin() {
        assert_eq!(window(10_000, 0.0, 360.0, 36.0, 5), (0, 16));
        assert_eq!(window(10_000, 3600.0, 360.0, 36.0, 5), (95, 116));
        assert_eq!(window(20, 3600.0, 360.0, 36.0, 5), (20, 20));
        assert_eq!(window(0, 0.0, 360.0, 36.0, 5), (0, 0));
    }
}
