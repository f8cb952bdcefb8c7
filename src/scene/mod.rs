//! The map's scene, decided without a browser: which records and clusters are drawn for a
//! view, under which keys, with what titles and rings, and what opening a cluster or
//! following a selection does. `crate::map` only draws what this hands it.
//!
//! The cluster index ([`cluster`]) is built once over the records with coordinates, known by
//! their index in the dataset. A filter or month change recomputes its running totals
//! ([`totals`]); a pan or zoom is a query of the index, then one [`Scene::draw`].

pub mod cluster;
mod decide;
mod draw;
mod node;
pub mod totals;

pub use decide::{follow, Follow, Opened, Opening};
pub use draw::Frame;
pub use node::{Key, MapCluster, MapNode, MapPoint};

use cluster::{CellKey, ClusterIndex};
use totals::Totals;

use crate::model::Dataset;
use crate::query::{Month, Query};

/// The cluster index over the mapped records, its running totals, and the clusters last
/// drawn (so a drawn cluster can be opened by its key).
#[derive(Debug, Clone, Default)]
pub struct Scene {
    index: ClusterIndex,
    /// How many records the dataset holds, mapped or not.
    records: usize,
    totals: Totals,
    /// Each drawn cluster's run in the index and whether it is one place.
    drawn: std::collections::HashMap<CellKey, ((usize, usize), bool)>,
}

impl Scene {
    /// Indexes every record of `dataset` that has coordinates; all start shown.
    pub fn new(dataset: &Dataset) -> Self {
        let index = ClusterIndex::of(
            dataset
                .records
                .iter()
                .enumerate()
                .filter_map(|(i, r)| Some((i, r.location.coordinates()?))),
        );
        Self {
            index,
            records: dataset.records.len(),
            ..Self::default()
        }
    }

    /// Shows only the records in `visible` (dataset indices), with their status at `at`: one
    /// pass over the index for its counts and centres, one for the totals by status and family.
    pub fn update(&mut self, query: &Query, visible: &[usize], at: Month, families: usize) {
        let mut shown = vec![false; self.records];
        for &i in visible {
            shown[i] = true;
        }
        self.index.set_visible(|i| shown[i]);
        self.totals = Totals::new(self.index.order(), families, |i| {
            shown[i].then(|| (query.status_at(i, at), query.family(i)))
        });
    }

    /// How many records the index holds (shown or not).
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether no record has coordinates.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}
