//! Clustering of markers on screen: points closer than a radius at the current zoom are drawn
//! as one cluster; points sharing exact coordinates stay a cluster at every zoom until the
//! reader opens it, then spread on rings ([`crate::spread`]).
//!
//! Grid clustering in Web Mercator pixels: linear in the number of points, deterministic, and
//! recomputed whenever filters, time or zoom change.

use std::collections::HashMap;

/// Default cluster cell size in screen pixels.
pub const RADIUS: f64 = 44.0;

/// Exact coordinates as a hashable key.
pub type PlaceKey = (u64, u64);

/// The key of a position.
pub fn place_key(lat: f64, lon: f64) -> PlaceKey {
    (lat.to_bits(), lon.to_bits())
}

/// What the map draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// One record, drawn `offset` pixels from its point.
    Single {
        /// Index into the input positions.
        index: usize,
        /// Screen offset in pixels from the point.
        offset: (f64, f64),
    },
    /// Several records drawn as one cluster at the mean of their positions.
    Cluster {
        /// Mean latitude of the members.
        lat: f64,
        /// Mean longitude of the members.
        lon: f64,
        /// Indices into the input, in input order.
        members: Vec<usize>,
        /// All members share exact coordinates: zooming cannot separate them.
        same_place: bool,
    },
}

/// Web Mercator pixel coordinates at `zoom` (256-pixel tiles).
pub fn project(lat: f64, lon: f64, zoom: f64) -> (f64, f64) {
    let scale = 256.0 * 2f64.powf(zoom);
    let x = (lon + 180.0) / 360.0 * scale;
    let sin = lat.to_radians().sin().clamp(-0.9999, 0.9999);
    let y = (0.5 - ((1.0 + sin) / (1.0 - sin)).ln() / (4.0 * std::f64::consts::PI)) * scale;
    (x, y)
}

/// Clusters `positions` at `zoom`. `open` names the places whose stack the reader opened: their
/// records are drawn one by one on rings.
pub fn cluster(positions: &[(f64, f64)], zoom: f64, radius: f64, open: &[PlaceKey]) -> Vec<Node> {
    let mut cells: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut order = Vec::new();
    for (i, &(lat, lon)) in positions.iter().enumerate() {
        let (x, y) = project(lat, lon, zoom);
        let cell = ((x / radius).floor() as i64, (y / radius).floor() as i64);
        let members = cells.entry(cell).or_default();
        if members.is_empty() {
            order.push(cell);
        }
        members.push(i);
    }
    let mut nodes = Vec::new();
    for cell in order {
        let members = &cells[&cell];
        let first = place_key(positions[members[0]].0, positions[members[0]].1);
        let same_place = members
            .iter()
            .all(|&i| place_key(positions[i].0, positions[i].1) == first);
        if members.len() == 1 {
            nodes.push(Node::Single {
                index: members[0],
                offset: (0.0, 0.0),
            });
        } else if same_place && open.contains(&first) {
            for (k, &index) in members.iter().enumerate() {
                let offset = crate::spread::offset(k, members.len());
                nodes.push(Node::Single { index, offset });
            }
        } else {
            let n = members.len() as f64;
            let lat = members.iter().map(|&i| positions[i].0).sum::<f64>() / n;
            let lon = members.iter().map(|&i| positions[i].1).sum::<f64>() / n;
            nodes.push(Node::Cluster {
                lat,
                lon,
                members: members.clone(),
                same_place,
            });
        }
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHUSHA: (f64, f64) = (39.7583, 46.7483);
    const LACHIN: (f64, f64) = (39.6408, 46.5469);
    const ZANGILAN: (f64, f64) = (39.0837, 46.6599);

    fn members(nodes: &[Node]) -> Vec<usize> {
        let mut all: Vec<usize> = nodes
            .iter()
            .flat_map(|n| match n {
                Node::Single { index, .. } => vec![*index],
                Node::Cluster { members, .. } => members.clone(),
            })
            .collect();
        all.sort();
        all
    }

    #[test]
    fn records_at_one_place_stay_a_cluster_at_every_zoom_until_opened() {
        let points = [SHUSHA, SHUSHA, SHUSHA];
        for zoom in [5.0, 9.0, 14.0, 18.0] {
            let nodes = cluster(&points, zoom, RADIUS, &[]);
            assert!(
                matches!(
                    &nodes[..],
                    [Node::Cluster {
                        same_place: true,
                        ..
                    }]
                ),
                "{zoom}: {nodes:?}"
            );
        }
        let open = cluster(&points, 9.0, RADIUS, &[place_key(SHUSHA.0, SHUSHA.1)]);
        assert_eq!(open.len(), 3);
        assert!(open.iter().all(|n| matches!(n, Node::Single { .. })));
    }

    #[test]
    fn nearby_towns_merge_when_zoomed_out_and_separate_when_zoomed_in() {
        let points = [SHUSHA, LACHIN, ZANGILAN];
        let far = cluster(&points, 5.0, RADIUS, &[]);
        assert!(far.iter().any(|n| matches!(
            n,
            Node::Cluster {
                same_place: false,
                ..
            }
        )));
        let near = cluster(&points, 10.0, RADIUS, &[]);
        assert_eq!(near.len(), 3);
        assert!(near.iter().all(|n| matches!(
            n,
            Node::Single {
                offset: (0.0, 0.0),
                ..
            }
        )));
    }

    #[test]
    fn every_point_is_drawn_exactly_once() {
        let points: Vec<(f64, f64)> = (0..500)
            .map(|i| {
                (
                    39.0 + (i % 37) as f64 * 0.031,
                    46.0 + (i % 53) as f64 * 0.027,
                )
            })
            .collect();
        for zoom in [4.0, 7.5, 11.0] {
            assert_eq!(
                members(&cluster(&points, zoom, RADIUS, &[])),
                (0..500).collect::<Vec<_>>()
            );
        }
    }
}
