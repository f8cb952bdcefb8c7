//! The dataset: its types, how it is read from JSON, and the rules it must follow.
//!
//! Plain Rust with no browser dependency, shared by the web app and the native data tool.

pub mod dataset;
pub mod date;
mod fast;
pub mod fields;
pub mod load;
pub mod problem;
mod read;
pub mod rule;
pub mod rules;
pub mod write;

pub use dataset::*;
pub use date::{DatePrecision, PartialDate};
pub use load::{
    begin, decode_utf8, load, load_value, repair_surrogates, split, unparsed, Loaded, Loading,
    Unparsed,
};
pub use problem::{cut, LoadError, Problem, Subject};
pub use rule::{DateError, Rule};
