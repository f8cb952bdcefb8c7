//! Calendar dates that carry their own precision: `2021`, `2021-02`, `2021-02-01`.
//!
//! Sources often give only a month or a year. A [`PartialDate`] keeps exactly what was
//! reported, so nothing downstream can show a date as more precise than it is.

use super::rule::DateError;
use std::fmt;

/// How much of a date the sources give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePrecision {
    /// A calendar day: `2021-02-01`.
    Day,
    /// A month: `2021-02`.
    Month,
    /// A year: `2021`.
    Year,
    /// No date is given at all.
    Unknown,
}

impl DatePrecision {
    /// Every precision, in the words the dataset uses for them.
    pub const NAMES: [&'static str; 4] = ["day", "month", "year", "unknown"];

    /// Reads the dataset's word for a precision (`"day"`, `"month"`, `"year"`, `"unknown"`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "day" => Some(Self::Day),
            "month" => Some(Self::Month),
            "year" => Some(Self::Year),
            "unknown" => Some(Self::Unknown),
            _ => None,
        }
    }

    /// The dataset's word for this precision.
    pub fn name(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown => "unknown",
        }
    }
}

/// A date known to the day, the month or only the year.
///
/// Ordering compares the first day of each period, then the coarser date first, so
/// `2021` < `2021-01` < `2021-01-01` < `2021-01-02`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    /// The year (four digits in the text form).
    pub year: i32,
    /// The month, 1 to 12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601 calendar dates, extended format).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        if parts.len() > 3 {
            return Err(DateError::TooManyParts);
        }
        let number = |part: &str, width: u8, what: DatePrecision| {
            if part.len() != usize::from(width) || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::Digits(what, width));
            }
            // At most four ASCII digits always parse.
            Ok(part.parse::<u16>().unwrap_or(0))
        };
        let year = i32::from(number(parts[0], 4, DatePrecision::Year)?);
        let month = match parts.get(1) {
            Some(part) => {
                let month = number(part, 2, DatePrecision::Month)? as u8;
                if !(1..=12).contains(&month) {
                    return Err(DateError::Month);
                }
                Some(month)
            }
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(part), Some(month)) => {
                let day = number(part, 2, DatePrecision::Day)? as u8;
                if day < 1 || day > days_in_month(year, month) {
                    return Err(DateError::NoDay(year, month, day));
                }
                Some(day)
            }
            _ => None,
        };
        Ok(Self { year, month, day })
    }

    /// How precise this date is.
    pub fn precision(&self) -> DatePrecision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        }
    }

    /// The first day of the period this date stands for, as `(year, month, day)`.
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day of the period this date stands for, as `(year, month, day)`.
    pub fn last_day(&self) -> (i32, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day(), other.precision()).cmp(&(other.first_day(), self.precision()))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2021").unwrap().precision(),
            DatePrecision::Year
        );
        assert_eq!(
            PartialDate::parse("2021-02").unwrap().precision(),
            DatePrecision::Month
        );
        assert_eq!(
            PartialDate::parse("2021-02-01").unwrap().precision(),
            DatePrecision::Day
        );
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert!(PartialDate::parse("2021-02-29").is_err());
        assert!(PartialDate::parse("2020-02-29").is_ok());
        assert!(PartialDate::parse("2021-04-31").is_err());
        assert!(PartialDate::parse("2021-13").is_err());
    }

    #[test]
    fn rejects_other_formats() {
        for text in [
            "21-02-01",
            "2021/02/01",
            "01.02.2021",
            "2021-2-1",
            "",
            "2021-02-01T00:00",
            "2021-02-01-01",
        ] {
            assert!(
                PartialDate::parse(text).is_err(),
                "{text} should be rejected"
            );
        }
    }

    #[test]
    fn displays_exactly_what_was_given() {
        for text in ["2021", "2021-02", "2021-02-01"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn orders_coarser_dates_before_finer_ones_of_the_same_start() {
        let year = PartialDate::parse("2021").unwrap();
        let month = PartialDate::parse("2021-01").unwrap();
        let day = PartialDate::parse("2021-01-01").unwrap();
        let later = PartialDate::parse("2021-01-02").unwrap();
        assert!(year < month && month < day && day < later);
    }

    #[test]
    fn month_periods_end_on_their_last_day() {
        assert_eq!(
            PartialDate::parse("2024-02").unwrap().last_day(),
            (2024, 2, 29)
        );
        assert_eq!(
            PartialDate::parse("2021").unwrap().last_day(),
            (2021, 12, 31)
        );
    }
}
