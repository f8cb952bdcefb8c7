//! Helpers shared by the native test files.
#![allow(dead_code)]

pub mod oracle;

use karabakh_services_map::model::{load, Dataset};

/// The text of a file under the crate root.
pub fn text(path: &str) -> String {
    let full = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The shipped default dataset, which must load.
pub fn shipped() -> Dataset {
    load(&text("public/data/dataset.json")).unwrap().dataset
}
