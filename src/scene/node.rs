//! What the map draws, as plain data: one record, or several drawn as one, each under a key
//! that stays the same while it stands for the same thing.

use super::cluster::CellKey;
use crate::model::{Shape, Status};

/// What a drawn marker stands for. A marker whose key and node are unchanged is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// One record, by its index in the dataset.
    Record(usize),
    /// A cluster, by its grid cell: stable while a filter changes its count.
    Cluster(CellKey),
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Record(i) => write!(f, "r{i}"),
            Key::Cluster((z, x, y)) => write!(f, "c{z}/{x}/{y}"),
        }
    }
}

/// One record on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPoint {
    /// Record id, handed back when the marker is selected.
    pub id: String,
    /// WGS84 latitude.
    pub lat: f64,
    /// WGS84 longitude.
    pub lon: f64,
    /// Accessible name and hover text (set as an attribute, never as HTML).
    pub title: String,
    /// Category colour, `#rrggbb`.
    pub color: String,
    /// Category shape.
    pub shape: Shape,
    /// Status at the month shown: drawn filled, hollow or crossed.
    pub status: Status,
    /// Screen offset from the point, for records sharing a place.
    pub offset: (f64, f64),
    /// Its status changed in the month shown while Play steps: it pulses once.
    pub changed: bool,
}

/// Several records drawn as one.
#[derive(Debug, Clone, PartialEq)]
pub struct MapCluster {
    /// Latitude where the cluster is drawn.
    pub lat: f64,
    /// Longitude where the cluster is drawn.
    pub lon: f64,
    /// How many records it holds.
    pub count: usize,
    /// Family colours with their counts, for the outer ring (at most five).
    pub parts: Vec<(String, usize)>,
    /// Records by status (planned, opened, closed), for the inner ring.
    pub statuses: crate::model::PerStatus<usize>,
    /// Accessible name listing the counts by category.
    pub title: String,
    /// One of its records changed status in the month Play shows: it pulses once.
    pub changed: bool,
    /// The dataset places (towns, as the records name them) it holds, the one it stands for
    /// first: that place's name is written beside the cluster, the others' are hidden.
    pub places: Vec<String>,
}

/// What the map draws.
#[derive(Debug, Clone, PartialEq)]
pub enum MapNode {
    /// One record.
    Point(MapPoint),
    /// Several records as one.
    Cluster(MapCluster),
}
