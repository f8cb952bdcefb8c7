//! A map dashboard of services re-opening in Azerbaijan's territories regained in 2020.
//!
//! [`model`] is the pure core (dataset types, parsing, validation) and builds natively;
//! `app` and `map` are the browser side and build only for `wasm32`.

pub mod model;
