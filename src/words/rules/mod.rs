//! Dataset rules in words: one [`RuleWords`] per language (`en.rs`, `az.rs`, `ru.rs`), so a
//! rule without its sentence in some language does not compile. `{name}` placeholders take
//! the values the [`Rule`] carries. English is what `Display` prints, for the data tool.

use std::fmt;

use crate::model::{DateError, Problem, Rule, Subject};
use crate::words::text::{Text, EN};

pub mod az;
pub mod en;
pub mod ru;

/// Every rule's sentence in one language, each field named for its [`Rule`].
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct RuleWords {
    pub required: &'static str,
    pub not_empty: &'static str,
    pub not_text: &'static str,
    pub not_number: &'static str,
    pub not_bool: &'static str,
    pub not_array: &'static str,
    pub not_object: &'static str,
    pub not_text_or_languages: &'static str,
    pub empty_text: &'static str,
    pub not_url_safe: &'static str,
    pub not_colour: &'static str,
    pub not_contact: &'static str,
    pub not_http_url: &'static str,
    pub not_tile_template: &'static str,
    pub too_long: &'static str,
    pub tile_needs_xyz: &'static str,
    pub tile_placeholders: &'static str,
    pub tile_needs_credit: &'static str,
    /// `{names}`: the names allowed.
    pub one_of: &'static str,
    pub needs_source: &'static str,
    pub needs_change: &'static str,
    pub needs_category: &'static str,
    pub context_needs_value: &'static str,
    pub source_needs_url: &'static str,
    /// `{date}`: the dataset's as-of date.
    pub after_as_of: &'static str,
    /// `{date}` given and its `{precision}`.
    pub precision_mismatch: &'static str,
    /// Stands for the date when none is given.
    pub no_date: &'static str,
    /// Day, month, year, unknown: a date's precision, or which part of a date.
    pub precisions: [&'static str; 4],
    pub unknown_with_coordinates: &'static str,
    /// `{precision}`: the location precision as the file writes it.
    pub needs_coordinates: &'static str,
    /// `{given}` (lat or lon) and the `{missing}` one.
    pub pair: &'static str,
    /// `{why}`: the parser's reason, in English.
    pub not_json: &'static str,
    pub latitude: &'static str,
    pub longitude: &'static str,
    pub extent_range: &'static str,
    pub extent_four: &'static str,
    pub extent_order: &'static str,
    /// `{extent}`: `[west, south, east, north]`.
    pub outside: &'static str,
    /// As `outside`, when swapping lat and lon would fit.
    pub outside_swapped: &'static str,
    /// `{date}` of the change before.
    pub out_of_order: &'static str,
    /// `{date}`: the first day held.
    pub held_order: &'static str,
    /// `{date}`: the opening.
    pub opens_after_held: &'static str,
    /// `{version}` this build reads.
    pub schema: &'static str,
    /// `{names}`: the dataset's categories.
    pub unknown_category: &'static str,
    /// `{names}`: the known fields.
    pub unknown_field: &'static str,
    pub duplicate_id: &'static str,
    pub damaged: &'static str,
    /// `{text}` is not a date, and `{why}`.
    pub date: &'static str,
    pub date_parts: &'static str,
    pub date_month: &'static str,
    /// The `{part}` (a precision word) must have `{n}` digits.
    pub date_digits: &'static str,
    /// `{month}` (YYYY-MM) has no `{day}`.
    pub date_no_day: &'static str,
}

fn fill(template: &str, name: &str, value: &str) -> String {
    template.replace(&format!("{{{name}}}"), value)
}

impl Rule {
    /// This rule as a sentence in `w`'s language.
    pub fn say(&self, w: &RuleWords) -> String {
        let simple = match self {
            Rule::Required => w.required,
            Rule::NotEmpty => w.not_empty,
            Rule::NotText => w.not_text,
            Rule::NotNumber => w.not_number,
            Rule::NotBool => w.not_bool,
            Rule::NotArray => w.not_array,
            Rule::NotObject => w.not_object,
            Rule::NotTextOrLanguages => w.not_text_or_languages,
            Rule::EmptyText => w.empty_text,
            Rule::NotUrlSafe => w.not_url_safe,
            Rule::NotColour => w.not_colour,
            Rule::NotContact => w.not_contact,
            Rule::NotHttpUrl => w.not_http_url,
            Rule::NotTileTemplate => w.not_tile_template,
            Rule::TooLong => w.too_long,
            Rule::TileNeedsXyz => w.tile_needs_xyz,
            Rule::TilePlaceholders => w.tile_placeholders,
            Rule::TileNeedsCredit => w.tile_needs_credit,
            Rule::NeedsSource => w.needs_source,
            Rule::NeedsChange => w.needs_change,
            Rule::NeedsCategory => w.needs_category,
            Rule::ContextNeedsValue => w.context_needs_value,
            Rule::SourceNeedsUrl => w.source_needs_url,
            Rule::UnknownWithCoordinates => w.unknown_with_coordinates,
            Rule::Latitude => w.latitude,
            Rule::Longitude => w.longitude,
            Rule::ExtentRange => w.extent_range,
            Rule::ExtentFour => w.extent_four,
            Rule::ExtentOrder => w.extent_order,
            Rule::DuplicateId => w.duplicate_id,
            Rule::Damaged => w.damaged,
            Rule::OneOf(names) => return fill(w.one_of, "names", &names.join(", ")),
            Rule::AfterAsOf(date) => return fill(w.after_as_of, "date", &date.to_string()),
            Rule::PrecisionMismatch(date, has) => {
                let date = date.map_or(w.no_date.to_string(), |d| d.to_string());
                let said = fill(w.precision_mismatch, "date", &date);
                return fill(&said, "precision", w.precisions[*has as usize]);
            }
            Rule::NeedsCoordinates(p) => return fill(w.needs_coordinates, "precision", p.name()),
            Rule::Pair(given, missing) => {
                return fill(&fill(w.pair, "given", given), "missing", missing)
            }
            Rule::NotJson(why) => return fill(w.not_json, "why", why),
            Rule::Outside(e, swapped) => {
                let extent = format!("[{}, {}, {}, {}]", e.west, e.south, e.east, e.north);
                let template = if *swapped {
                    w.outside_swapped
                } else {
                    w.outside
                };
                return fill(template, "extent", &extent);
            }
            Rule::OutOfOrder(date) => return fill(w.out_of_order, "date", &date.to_string()),
            Rule::HeldOrder(date) => return fill(w.held_order, "date", &date.to_string()),
            Rule::OpensAfterHeld(date) => {
                return fill(w.opens_after_held, "date", &date.to_string())
            }
            Rule::Schema => {
                let version = crate::model::SCHEMA_VERSION.to_string();
                return fill(w.schema, "version", &version);
            }
            Rule::UnknownCategory(names) => return fill(w.unknown_category, "names", names),
            Rule::UnknownField(names) => return fill(w.unknown_field, "names", names),
            Rule::Date(text, why) => {
                let why = match *why {
                    DateError::TooManyParts => w.date_parts.to_string(),
                    DateError::Month => w.date_month.to_string(),
                    DateError::Digits(part, n) => fill(
                        &fill(w.date_digits, "part", w.precisions[part as usize]),
                        "n",
                        &n.to_string(),
                    ),
                    DateError::NoDay(year, month, day) => fill(
                        &fill(w.date_no_day, "month", &format!("{year:04}-{month:02}")),
                        "day",
                        &day.to_string(),
                    ),
                };
                return fill(&fill(w.date, "text", text), "why", &why);
            }
        };
        simple.to_string()
    }
}

/// English, as the data tool prints it.
impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(EN.rules))
    }
}

/// A problem in one line for a reader of `t`'s language, each part cut to `max` characters
/// (as [`Problem::short`] does in English).
pub fn problem_line(t: &Text, p: &Problem, max: usize) -> String {
    let subject = match p.subject {
        Subject::Dataset => t.problem_dataset.to_string(),
        _ => p.subject.to_string(),
    };
    p.short_as(max, &subject, t.problem_field, &p.rule.say(t.rules))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DatePrecision, PartialDate};
    use crate::words::text::{AZ, RU};

    #[test]
    fn values_in_a_rule_are_kept_and_nested_reasons_worded() {
        assert_eq!(
            Rule::UnknownCategory("bank, atm".into()).say(RU.rules),
            "неизвестная категория (в наборе есть: bank, atm)"
        );
        let month = PartialDate::parse("2021-13").unwrap_err();
        assert_eq!(
            Rule::Date("2021-13".into(), month).say(AZ.rules),
            "\"2021-13\" ISO 8601 tarixi deyil (YYYY, YYYY-MM və ya YYYY-MM-DD): ay 01-dən 12-yə qədər olmalıdır"
        );
        let digits = PartialDate::parse("21").unwrap_err();
        assert_eq!(
            Rule::Date("21".into(), digits).say(RU.rules),
            "\"21\" — не дата ISO 8601 (YYYY, YYYY-MM или YYYY-MM-DD): год: нужно 4 цифры"
        );
        let day = PartialDate::parse("2021-06-01").ok();
        assert_eq!(
            Rule::PrecisionMismatch(day, DatePrecision::Day).say(AZ.rules),
            "2021-06-01 tarixinə uyğun gəlmir (onun dəqiqliyi: gün)"
        );
        let no_day = PartialDate::parse("2021-02-29").unwrap_err();
        assert_eq!(
            Rule::Date("2021-02-29".into(), no_day).to_string(),
            "\"2021-02-29\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): 2021-02 has no day 29"
        );
    }

    #[test]
    fn a_problem_line_speaks_the_readers_language_and_english_is_unchanged() {
        let p = Problem {
            subject: Subject::Record {
                index: 3,
                id: Some("atm-1".into()),
            },
            field: "location.lat".into(),
            value: "123".into(),
            rule: Rule::Latitude,
        };
        assert_eq!(problem_line(&EN, &p, 80), p.short(80));
        assert_eq!(
            problem_line(&RU, &p, 80),
            "records[3] (\"atm-1\"): поле \"location.lat\" = 123: широта должна быть от -90 до 90"
        );
        let d = Problem {
            subject: Subject::Dataset,
            ..p
        };
        assert!(problem_line(&AZ, &d, 80).starts_with(AZ.problem_dataset));
    }
}
