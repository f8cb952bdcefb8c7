//! The Leptos components. They only wire signals to views: all logic they show lives in the
//! pure core (`model`, `query`, `present`, `symbols`), and all Leaflet calls in `map`.

mod about;
mod card;
mod downloads;
mod embed;
mod filters;
mod heap;
mod i18n;
mod io;
mod legend;
mod list;
mod map_panel;
pub mod panic;
mod print;
mod probes;
mod problems;
mod shell;
mod sources;
mod state;
mod stats;
mod symbol;
mod timeline;
mod toolbar;
mod url_sync;

/// Installs the panic banner and mounts the app on `<body>`.
pub fn start() {
    panic::install(i18n::initial_text());
    leptos::mount::mount_to_body(shell::App);
}
