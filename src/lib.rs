//! A map dashboard of services re-opening in Azerbaijan's territories regained in 2020.
//!
//! The pure core — [`model`] (dataset types, parsing, validation), [`present`] (wording of
//! dates and precisions), [`symbols`] (marker shapes) and [`text`] (interface strings) — builds
//! natively and is tested with `cargo test`. `app` (Leptos components) and `map` (the only
//! code that talks to Leaflet) build only for `wasm32`.

#![warn(missing_docs)]

pub mod convert;
pub mod embed_code;
pub mod labels;
pub mod math;
pub mod model;
pub mod present;
pub mod query;
pub mod rule_text;
pub mod spread;
pub mod symbols;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod map;
