//! Prints how much heap each stage of loading holds, counted by a wrapping allocator: the
//! file's text, the records read from it, the query keys, the search index and the sort
//! names. The browser's wasm memory never shrinks, so the peak while reading sets it.
//! Run: `cargo bench --bench memory` (the default dataset), or with `DATA=<file.json>`, e.g. a
//! bench dataset from `node bench/make-datasets.mjs <dir>`. Prints figures only.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use karabakh_services_map::model::{begin, decode_utf8, split, Record};
use karabakh_services_map::query::Query;

/// The system allocator, counting the bytes live and the most ever live.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: the caller's layout, as GlobalAlloc::alloc requires.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: `ptr` came from `alloc` above with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Prints what is live now and the peak since the last line, then starts a new peak.
fn stage(label: &str, records: usize) {
    let (live, peak) = (LIVE.load(Relaxed), PEAK.load(Relaxed));
    let per = live
        .checked_div(records)
        .map(|n| format!("{n:>6} B a record"))
        .unwrap_or_default();
    println!(
        "  {label:<44} live {:>8.2} MB  peak {:>8.2} MB  {per}",
        live as f64 / 1e6,
        peak as f64 / 1e6
    );
    PEAK.store(live, Relaxed);
}

fn main() {
    let path = std::env::var("DATA").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/dataset.json").to_string()
    });
    let Ok(bytes) = std::fs::read(&path) else {
        println!("{path}: not found; nothing to measure");
        return;
    };
    println!("{path} ({} bytes), as the browser reads it:", bytes.len());
    let text = decode_utf8(bytes);
    stage("the file's text", 0);
    let parts = split(&text).expect("a dataset with a records array");
    let n = parts.records.len();
    stage("split (records borrowed from the text)", 0);
    let (mut loading, _) = begin(&parts.root).expect("the dataset's metadata reads");
    loading.reserve(n);
    for raw in &parts.records {
        loading.add_raw(raw);
    }
    drop(parts);
    let loaded = loading.finish();
    stage("records read (text still held)", n);
    drop(text);
    stage("text freed: the records alone", n);
    let query = Query::deferred(std::sync::Arc::new(loaded));
    stage("query keys, status changes, towns", n);
    query.prepare_sorting();
    stage("+ the list's sort names", n);
    let _ = query.visible(&karabakh_services_map::query::Filters {
        search: "a".into(),
        ..Default::default()
    });
    stage("+ the search index", n);
    println!(
        "  (a record's own fields take {} B before what they point to)",
        std::mem::size_of::<Record>()
    );
}
