//! Calendar months: the timeline's unit.

use std::fmt;

use crate::model::PartialDate;

/// A calendar month, `2021-01`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// Year, 1900 to 2100 when parsed from a URL.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
}

impl Month {
    /// A month, if `month` is 1 to 12.
    pub fn new(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    /// Parses `YYYY-MM` for years 1900 to 2100; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let date = PartialDate::parse(text).ok()?;
        if !(1900..=2100).contains(&date.year) || date.day.is_some() {
            return None;
        }
        Self::new(date.year, date.month?)
    }

    /// The month a date falls in; a year-only date gives its December (the last month in
    /// which it is certain to have happened).
    pub fn last_of(date: &PartialDate) -> Self {
        Self {
            year: date.year,
            month: date.month.unwrap_or(12),
        }
    }

    /// The following month.
    pub fn next(self) -> Self {
        if self.month == 12 {
            Self {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Self {
                month: self.month + 1,
                ..self
            }
        }
    }

    /// Months from `self` to `end`, both included.
    pub fn through(self, end: Self) -> impl Iterator<Item = Month> {
        std::iter::successors(Some(self), move |m| (*m < end).then(|| m.next()))
            .take_while(move |m| *m <= end)
    }

    /// As a partial date, for display.
    pub fn as_date(self) -> PartialDate {
        PartialDate {
            year: self.year,
            month: Some(self.month),
            day: None,
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_year_and_month() {
        assert_eq!(Month::parse("2021-01"), Month::new(2021, 1));
        for bad in [
            "2021",
            "2021-13",
            "2021-01-05",
            "99999-01",
            "1800-01",
            "",
            "jan",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn steps_across_years() {
        let months: Vec<String> = Month::new(2020, 11)
            .unwrap()
            .through(Month::new(2021, 2).unwrap())
            .map(|m| m.to_string())
            .collect();
        assert_eq!(months, ["2020-11", "2020-12", "2021-01", "2021-02"]);
    }

    #[test]
    fn year_only_dates_count_from_december() {
        let year = PartialDate::parse("2022").unwrap();
        assert_eq!(Month::last_of(&year), Month::new(2022, 12).unwrap());
    }
}
