//! A map dashboard of services re-opening in Azerbaijan's territories regained in 2020.
//!
//! The pure core — [`model`] (dataset types, parsing, validation), [`query`] (filters, time,
//! URL state), [`scene`] (what the map draws and decides), [`convert`] (CSV and GeoJSON),
//! [`words`] (every sentence, in three languages) and [`geometry`] (marker shapes, spiders,
//! map names) — builds natively and is
//! tested with `cargo test`. `app` (Leptos components) and `map` (the only
//! code that talks to Leaflet) build only for `wasm32`.

#![warn(missing_docs)]

pub mod convert;
pub mod geometry;
pub mod model;
pub mod query;
pub mod scene;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod map;
