//! The rules a dataset can break, as values: each names the rule and carries the values its
//! sentence shows. The model never words a rule; `words::rules` does, in every language, and
//! English is what `Display` (and so the data tool) prints.

use super::dataset::{Extent, LocationPrecision};
use super::date::{DatePrecision, PartialDate};

/// One rule a field, record or file breaks.
#[derive(Debug, Clone, PartialEq)]
#[allow(missing_docs)]
pub enum Rule {
    Required,
    NotEmpty,
    NotText,
    NotNumber,
    NotBool,
    NotArray,
    NotObject,
    NotTextOrLanguages,
    EmptyText,
    NotUrlSafe,
    NotColour,
    NotContact,
    NotHttpUrl,
    NotTileTemplate,
    TooLong,
    TileNeedsXyz,
    TilePlaceholders,
    TileNeedsCredit,
    /// The value is not one of these names.
    OneOf(&'static [&'static str]),
    NeedsSource,
    NeedsChange,
    NeedsCategory,
    ContextNeedsValue,
    SourceNeedsUrl,
    /// A change dated after the dataset's as-of date.
    AfterAsOf(PartialDate),
    /// The stated precision is not that of the date given (`None`: no date).
    PrecisionMismatch(Option<PartialDate>, DatePrecision),
    UnknownWithCoordinates,
    /// Coordinates are missing though the precision says where.
    NeedsCoordinates(LocationPrecision),
    /// One of `lat`/`lon` is given (the first), so the other is required.
    Pair(&'static str, &'static str),
    /// Not readable JSON, with the parser's reason.
    NotJson(String),
    Latitude,
    Longitude,
    ExtentRange,
    ExtentFour,
    ExtentOrder,
    /// Outside the dataset's extent; `true` when lat and lon swapped would fit.
    Outside(Extent, bool),
    /// Comes before the change before it, dated so.
    OutOfOrder(PartialDate),
    /// The last day held comes before the first, this one.
    HeldOrder(PartialDate),
    /// Opened on this date, after its last day held.
    OpensAfterHeld(PartialDate),
    Schema,
    /// A category the dataset does not define; these are the ones it does.
    UnknownCategory(String),
    /// A field no reader knows; these are the known ones.
    UnknownField(String),
    DuplicateId,
    Damaged,
    /// The text is not an ISO 8601 date, for this reason.
    Date(String, DateError),
}

/// Why a string is not an ISO 8601 calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// More than three parts between dashes.
    TooManyParts,
    /// The year, month or day (by its precision) does not have this many digits.
    Digits(DatePrecision, u8),
    /// The month is not 01 to 12.
    Month,
    /// This year and month have no such day.
    NoDay(i32, u8, u8),
}
