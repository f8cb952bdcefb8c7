//! The Leptos components. They only wire signals to views: all logic they show lives in the
//! pure core (`model`, `query`, `present`, `symbols`), and all Leaflet calls in `map`.

mod about;
mod card;
mod change_caption;
mod downloads;
mod embed;
mod filters;
mod focus;
mod heap;
mod i18n;
mod io;
mod legend;
mod list;
mod map_panel;
mod media;
mod no_match;
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

/// Installs the panic banner and mounts the app on `<body>`, in place of the title that
/// `index.html` shows until then (`#boot`).
pub fn start() {
    panic::install(i18n::initial_text());
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(shell::App);
}
