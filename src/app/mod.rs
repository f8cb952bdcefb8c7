//! The Leptos components. They only wire signals to views: all logic they show lives in the
//! pure core (`model`, `present`, `symbols`), and all Leaflet calls in `map`.

mod about;
mod card;
mod io;
mod legend;
mod map_panel;
mod panic;
mod problems;
mod shell;
mod symbol;

use crate::text::EN;

/// Installs the panic banner and mounts the app on `<body>`.
pub fn start() {
    panic::install(&EN);
    leptos::mount::mount_to_body(shell::App);
}
