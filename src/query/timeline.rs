//! Status at a date, the dataset's span, and the histogram of openings — all honest about
//! date precision.
//!
//! A change counts from the last month in which it is certain to have happened: its month for
//! day and month dates, December for year-only dates, and the dataset's "as of" month for
//! undated changes. Everything in the dataset was reported by its "as of" date, so no change
//! counts from later than that.

use crate::model::{Dataset, PartialDate, Record, Status, StatusChange};

use super::month::Month;

/// The month from which `change` certainly holds.
pub fn effective_month(change: &StatusChange, as_of: Month) -> Month {
    change
        .date
        .as_ref()
        .map_or(as_of, |d| Month::last_of(d).min(as_of))
}

/// The record's status changes as (effective month, status, date), in its own order, with the
/// end of a one-off event added: once the last day it was held (see [`Record::ended`]) has
/// passed, by `as_of`, the record counts as closed from the following month.
pub fn changes(
    record: &Record,
    as_of: Month,
) -> impl DoubleEndedIterator<Item = (Month, Status, Option<PartialDate>)> + '_ {
    let end = record.ended().and_then(|last| {
        let month = Month::last_of(&last).next();
        (month <= as_of).then_some((month, Status::Closed, Some(last)))
    });
    record
        .status
        .iter()
        .map(move |c| (effective_month(c, as_of), c.status, c.date))
        .chain(end)
}

/// The record's status at the end of month `at`, or `None` if nothing about it is known yet:
/// the last change, in the record's own (date) order, that is in effect by then. Order, not the
/// effective month, decides between changes in effect: "planned 2025" (certain only from
/// December) listed before "opened 11 July 2025" does not undo the opening.
pub fn status_at(record: &Record, at: Month, as_of: Month) -> Option<Status> {
    changes(record, as_of)
        .rfind(|(m, _, _)| *m <= at)
        .map(|(_, s, _)| s)
}

/// Whether any status change of the record takes effect between `from` and `to` (included).
pub fn changes_within(record: &Record, from: Month, to: Month, as_of: Month) -> bool {
    changes(record, as_of).any(|(m, _, _)| from <= m && m <= to)
}

/// The dataset's "as of" month.
pub fn as_of(dataset: &Dataset) -> Month {
    Month::last_of(&dataset.as_of)
}

/// First and last month of the dataset: its earliest change to its "as of" date (or its
/// latest change, if later).
pub fn span(dataset: &Dataset) -> (Month, Month) {
    let end_of_data = as_of(dataset);
    let months = dataset.records.iter().flat_map(|r| {
        r.status
            .iter()
            .map(move |c| effective_month(c, end_of_data))
    });
    let (mut first, mut last) = (end_of_data, end_of_data);
    for m in months {
        first = first.min(m);
        last = last.max(m);
    }
    (first, last)
}

/// Openings per month, and those whose sources give only a year or no date at all, which
/// cannot be put in a month without inventing precision.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Histogram {
    /// Every month of the span with its openings, in order.
    pub months: Vec<(Month, usize)>,
    /// Per month of `months`, the records first reported as planned then (announcements),
    /// for stacking above the openings.
    pub plans: Vec<usize>,
    /// Per month of `months`, the records that closed then.
    pub closures: Vec<usize>,
    /// Openings known only to the year, by year.
    pub year_only: Vec<(i32, usize)>,
    /// Openings with no date.
    pub undated: usize,
}

impl Histogram {
    /// The largest monthly count (for scaling bars).
    pub fn max(&self) -> usize {
        self.months.iter().map(|(_, n)| *n).max().unwrap_or(0)
    }

    /// The tallest stacked bar: openings, plans and closures of one month together.
    pub fn max_stacked(&self) -> usize {
        (0..self.months.len())
            .map(|i| self.months[i].1 + self.plans[i] + self.closures[i])
            .max()
            .unwrap_or(0)
    }

    /// The bars as SVG path data, one path per status and side of `chosen` (the months in the
    /// chosen range, by index): `(status, in chosen, d)`, statuses in [`BAR_STATUSES`] order.
    /// Month *i* is a bar 0.76 wide centred on x = *i*, in a box 100 high that the tallest
    /// stack fills, openings at the bottom, then plans, then closures. A few paths instead of a
    /// rectangle per month and status keep the page small and a filter change cheap.
    pub fn bar_paths(
        &self,
        chosen: std::ops::RangeInclusive<usize>,
    ) -> Vec<(&'static str, bool, String)> {
        use std::fmt::Write;
        let max = self.max_stacked().max(1) as f64;
        let mut paths: Vec<(&'static str, bool, String)> = [true, false]
            .into_iter()
            .flat_map(|inside| BAR_STATUSES.map(|status| (status, inside, String::new())))
            .collect();
        for (i, (_, opened)) in self.months.iter().enumerate() {
            let inside = chosen.contains(&i);
            let mut base = 100.0;
            for (k, count) in [*opened, self.plans[i], self.closures[i]]
                .into_iter()
                .enumerate()
            {
                if count == 0 {
                    continue;
                }
                let height = 100.0 * count as f64 / max;
                base -= height;
                let d = &mut paths[k + if inside { 0 } else { BAR_STATUSES.len() }].2;
                let _ = write!(
                    d,
                    "M{:.3} {base:.3}h0.76v{height:.3}h-0.76Z",
                    i as f64 - 0.38
                );
            }
        }
        paths.retain(|(_, _, d)| !d.is_empty());
        paths
    }
}

/// Most year labels the timeline's scale carries, whatever its span.
pub const MAX_TICKS: i32 = 12;

/// Most month columns (each with its counts as a hover title) the histogram draws: a longer
/// span is drawn as bars alone, so its page stays as small as a short one's.
pub const MAX_COLUMNS: usize = 600;

/// Every how many years the scale labels a year over `years` years: 1, 2 or 5 times a power
/// of ten, the smallest that keeps to [`MAX_TICKS`] labels.
pub fn tick_step(years: i32) -> i32 {
    let mut power = 1;
    loop {
        for step in [power, 2 * power, 5 * power] {
            if years / step <= MAX_TICKS {
                return step;
            }
        }
        power *= 10;
    }
}

/// The histogram's statuses, bottom to top (the CSS classes `bar-opened`, …).
pub const BAR_STATUSES: [&str; 3] = ["opened", "planned", "closed"];

/// The first "opened" change of each record, bucketed by the precision of its date.
pub fn openings<'a>(records: impl Iterator<Item = &'a Record>, span: (Month, Month)) -> Histogram {
    let months: Vec<(Month, usize)> = span.0.through(span.1).map(|m| (m, 0)).collect();
    let mut histogram = Histogram {
        plans: vec![0; months.len()],
        closures: vec![0; months.len()],
        months,
        ..Histogram::default()
    };
    let slot = |date: &crate::model::PartialDate| -> Option<usize> {
        date.month?;
        let month = Month::last_of(date);
        let offset =
            (month.year - span.0.year) * 12 + i32::from(month.month) - i32::from(span.0.month);
        usize::try_from(offset).ok()
    };
    for record in records {
        let first = |status: Status| record.status.iter().find(|c| c.status == status);
        if let Some(i) = first(Status::Planned)
            .and_then(|c| c.date.as_ref())
            .and_then(&slot)
        {
            if let Some(n) = histogram.plans.get_mut(i) {
                *n += 1;
            }
        }
        if let Some(i) = first(Status::Closed)
            .and_then(|c| c.date.as_ref())
            .and_then(&slot)
        {
            if let Some(n) = histogram.closures.get_mut(i) {
                *n += 1;
            }
        }
        let Some(opened) = record.status.iter().find(|c| c.status == Status::Opened) else {
            continue;
        };
        match opened.date {
            None => histogram.undated += 1,
            Some(date) if date.month.is_none() => {
                match histogram
                    .year_only
                    .iter_mut()
                    .find(|(y, _)| *y == date.year)
                {
                    Some((_, n)) => *n += 1,
                    None => histogram.year_only.push((date.year, 1)),
                }
            }
            Some(date) => {
                let month = Month::last_of(&date);
                let offset = (month.year - span.0.year) * 12 + i32::from(month.month)
                    - i32::from(span.0.month);
                if let Some((_, n)) = usize::try_from(offset)
                    .ok()
                    .and_then(|i| histogram.months.get_mut(i))
                {
                    *n += 1;
                }
            }
        }
    }
    let years = &histogram.year_only;
    let mut order: Vec<usize> = (0..years.len()).collect();
    crate::geometry::sort_indices(&mut order, &|a, b| years[a].cmp(&years[b]));
    histogram.year_only = order.into_iter().map(|i| years[i]).collect();
    histogram
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_labels_a_dozen_years_at_most_over_any_span() {
        assert_eq!(tick_step(5), 1);
        assert_eq!(tick_step(12), 1);
        assert_eq!(tick_step(13), 2);
        assert_eq!(tick_step(40), 5);
        assert_eq!(tick_step(100), 10);
        assert_eq!(tick_step(9999), 1000);
        for years in [0, 1, 11, 24, 25, 61, 130, 999, 5000, 9999] {
            assert!(years / tick_step(years) <= MAX_TICKS, "{years}");
        }
    }
}
