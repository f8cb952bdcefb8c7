//! Questions readers ask of the data: filters with counts, search, time, statistics, clusters
//! and the URL that reopens a view. Plain Rust, tested natively.

pub mod facet;
pub mod filter;
pub mod mix;
pub mod month;
pub mod search;
pub mod source;
pub mod sources;
pub mod stats;
pub mod table;
pub mod timeline;
pub mod url;

pub use filter::{district_key, operator_key, Bound, Evaluation, Facet, Filters, Query, NOT_NAMED};
pub use month::Month;
