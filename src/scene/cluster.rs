//! Clustering of markers on screen, as a static index that makes a zoom or a pan a lookup and
//! a filter change one pass.
//!
//! Points are projected to Web Mercator and put on a grid of [`RADIUS`]-pixel cells at zoom
//! [`ZMAX`]. A cell at zoom `z` is exactly four cells at zoom `z + 1`, so cells nest like a
//! quadtree, and sorting the points by the Morton (Z-order) code of their finest cell makes
//! every cell at every zoom one contiguous run of points. The index keeps, per point, running
//! totals of the visible points and their coordinates: a cell's count and centre are two
//! subtractions, and a query walks down from the root only into cells that hold visible points
//! inside the view. A filter change only recomputes the running totals.
//!
//! Points sharing exact coordinates stay a cluster at every zoom until the reader opens that
//! place; then they are drawn one by one on rings ([`crate::geometry::spread`]).

use crate::geometry::math;

/// Cluster cell size in screen pixels at an integer zoom.
pub const RADIUS: f64 = 44.0;
/// The finest zoom the grid resolves; deeper zooms cluster as this one.
pub const ZMAX: u32 = 20;
/// Bits per axis of a finest-cell coordinate: 256 × 2^20 / 44 < 2^23 cells per axis.
const BITS: u32 = 23;

/// Exact coordinates as a hashable key.
pub type PlaceKey = (u64, u64);

/// The key of a position.
pub fn place_key(lat: f64, lon: f64) -> PlaceKey {
    (lat.to_bits(), lon.to_bits())
}

/// A grid cell: its zoom and column and row at that zoom. Stable across filter changes, so the
/// map can keep a cluster's marker when only its count changes.
pub type CellKey = (u32, u32, u32);

/// What the map draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// One point, drawn `offset` pixels from it.
    Single {
        /// The point's item (see [`ClusterIndex::of`]).
        index: usize,
        /// Screen offset in pixels from the point.
        offset: (f64, f64),
    },
    /// Several visible points drawn as one cluster at their mean position.
    Cluster {
        /// The grid cell it stands for.
        cell: CellKey,
        /// Mean latitude of the members.
        lat: f64,
        /// Mean longitude of the members.
        lon: f64,
        /// How many visible points it holds.
        count: usize,
        /// Its run of points in the index (see [`ClusterIndex::members`]).
        run: (usize, usize),
        /// All members share exact coordinates: zooming cannot separate them.
        same_place: bool,
    },
}

/// A latitude/longitude box: south, west, north, east.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Southern edge.
    pub south: f64,
    /// Western edge.
    pub west: f64,
    /// Northern edge.
    pub north: f64,
    /// Eastern edge.
    pub east: f64,
}

impl Bounds {
    /// Whether this box lies wholly inside `outer` (edges may touch).
    pub fn within(&self, outer: &Bounds) -> bool {
        self.south >= outer.south
            && self.west >= outer.west
            && self.north <= outer.north
            && self.east <= outer.east
    }

    /// The box grown by `fraction` of its size on every side (a margin, so a short pan needs
    /// no new markers at the edge).
    pub fn padded(self, fraction: f64) -> Self {
        let dy = (self.north - self.south) * fraction;
        let dx = (self.east - self.west) * fraction;
        Self {
            south: (self.south - dy).max(-85.0),
            west: (self.west - dx).max(-180.0),
            north: (self.north + dy).min(85.0),
            east: (self.east + dx).min(180.0),
        }
    }
}

/// Web Mercator position in world units: `[0, 1)` on both axes, y down.
fn world(lat: f64, lon: f64) -> (f64, f64) {
    let x = (lon + 180.0) / 360.0;
    let sin = math::sin(lat.to_radians()).clamp(-0.9999, 0.9999);
    let y = 0.5 - math::ln((1.0 + sin) / (1.0 - sin)) / (4.0 * std::f64::consts::PI);
    (x.clamp(0.0, 1.0), y.clamp(0.0, 1.0))
}

/// Latitude and longitude of a world position.
fn unworld(x: f64, y: f64) -> (f64, f64) {
    let lon = x * 360.0 - 180.0;
    let n = std::f64::consts::PI * (1.0 - 2.0 * y);
    (math::atan(math::sinh(n)).to_degrees(), lon)
}

/// Web Mercator pixel coordinates at `zoom` (256-pixel tiles).
pub fn project(lat: f64, lon: f64, zoom: f64) -> (f64, f64) {
    let (x, y) = world(lat, lon);
    let scale = 256.0 * math::pow(2.0, zoom);
    (x * scale, y * scale)
}

/// Finest-cell coordinate of a world coordinate.
fn cell(v: f64) -> u32 {
    let cells = 256.0 * f64::from(1u32 << ZMAX) / RADIUS;
    ((v * cells) as u32).min((1 << BITS) - 1)
}

/// Spreads the low 32 bits of `v` to the even bits of a u64.
fn spread_bits(v: u32) -> u64 {
    let mut x = u64::from(v);
    x = (x | (x << 16)) & 0x0000_ffff_0000_ffff;
    x = (x | (x << 8)) & 0x00ff_00ff_00ff_00ff;
    x = (x | (x << 4)) & 0x0f0f_0f0f_0f0f_0f0f;
    x = (x | (x << 2)) & 0x3333_3333_3333_3333;
    (x | (x << 1)) & 0x5555_5555_5555_5555
}

/// Morton code of a finest cell.
fn morton(cx: u32, cy: u32) -> u64 {
    spread_bits(cx) | (spread_bits(cy) << 1)
}

/// The static index over a set of positions; see the module documentation.
#[derive(Debug, Clone, Default)]
pub struct ClusterIndex {
    /// Morton code of each point's finest cell, ascending.
    codes: Vec<u64>,
    /// Input index of each point, in code order.
    items: Vec<u32>,
    /// Position of each point, in code order.
    positions: Vec<(f64, f64)>,
    /// World position of each point, in code order, to single precision: only cluster centres
    /// are made of it (a place's own marker stands at `positions`), and half the size counts
    /// at a hundred thousand records.
    worlds: Vec<(f32, f32)>,
    /// Running totals over the points in code order (length n + 1): visible points, and the
    /// sums of their world x and y.
    count: Vec<u32>,
    sum_x: Vec<f64>,
    sum_y: Vec<f64>,
}

impl ClusterIndex {
    /// Indexes `positions` (latitude, longitude), each known by its place in the slice; every
    /// point starts visible.
    pub fn new(positions: &[(f64, f64)]) -> Self {
        Self::of(positions.iter().copied().enumerate())
    }

    /// Indexes `points`, each an item (a record's index) with its latitude and longitude;
    /// every point starts visible. Queries and runs hand back the items.
    pub fn of(points: impl IntoIterator<Item = (usize, (f64, f64))>) -> Self {
        // Sorted by cell code, then exact place, then item (the one sort every caller shares).
        // Exact duplicates end up next to each other, so "all one place" is a check of the
        // first and last visible point of a run.
        let points: Vec<(usize, (f64, f64))> = points.into_iter().collect();
        let codes: Vec<u64> = points
            .iter()
            .map(|&(_, (lat, lon))| {
                let (x, y) = world(lat, lon);
                morton(cell(x), cell(y))
            })
            .collect();
        let key = |k: usize| {
            let (item, (lat, lon)) = points[k];
            (codes[k], place_key(lat, lon), item)
        };
        let mut order: Vec<usize> = (0..points.len()).collect();
        crate::geometry::sort_indices(&mut order, &|a, b| key(a).cmp(&key(b)));
        let mut index = Self {
            codes: order.iter().map(|&k| codes[k]).collect(),
            positions: order.iter().map(|&k| points[k].1).collect(),
            worlds: order
                .iter()
                .map(|&k| {
                    let (x, y) = world(points[k].1 .0, points[k].1 .1);
                    (x as f32, y as f32)
                })
                .collect(),
            items: order.iter().map(|&k| points[k].0 as u32).collect(),
            ..Self::default()
        };
        index.set_visible(|_| true);
        index
    }

    /// The items in index order: a run `lo..hi` is `order()[lo..hi]`.
    pub fn order(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.items.iter().map(|&i| i as usize)
    }

    /// How many points the index holds (visible or not).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the index holds no points.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Chooses which points are drawn, by input index. One pass; the order is kept.
    pub fn set_visible(&mut self, visible: impl Fn(usize) -> bool) {
        let n = self.items.len();
        self.count.clear();
        self.sum_x.clear();
        self.sum_y.clear();
        self.count.reserve(n + 1);
        self.sum_x.reserve(n + 1);
        self.sum_y.reserve(n + 1);
        let (mut c, mut sx, mut sy) = (0u32, 0.0, 0.0);
        self.count.push(0);
        self.sum_x.push(0.0);
        self.sum_y.push(0.0);
        for (k, &item) in self.items.iter().enumerate() {
            if visible(item as usize) {
                c += 1;
                sx += f64::from(self.worlds[k].0);
                sy += f64::from(self.worlds[k].1);
            }
            self.count.push(c);
            self.sum_x.push(sx);
            self.sum_y.push(sy);
        }
    }

    /// Visible points in the run `lo..hi`.
    fn visible_in(&self, lo: usize, hi: usize) -> usize {
        (self.count[hi] - self.count[lo]) as usize
    }

    fn is_visible(&self, k: usize) -> bool {
        self.count[k + 1] > self.count[k]
    }

    /// Items of the visible points of a cluster's run, in index order.
    pub fn members(&self, run: (usize, usize)) -> Vec<usize> {
        (run.0..run.1)
            .filter(|&k| self.is_visible(k))
            .map(|k| self.items[k] as usize)
            .collect()
    }

    /// Positions of the visible points of a run.
    pub fn member_positions(&self, run: (usize, usize)) -> Vec<(f64, f64)> {
        (run.0..run.1)
            .filter(|&k| self.is_visible(k))
            .map(|k| self.positions[k])
            .collect()
    }

    /// The visible points in `view` at `zoom`, as singles and clusters. `open` names the
    /// places whose stack the reader opened: their points come back one by one on rings.
    /// `None` for the view means the whole world.
    pub fn query(&self, zoom: f64, view: Option<Bounds>, open: &[PlaceKey]) -> Vec<Node> {
        let mut out = Vec::new();
        if self.visible_in(0, self.len()) == 0 {
            return out;
        }
        let z = zoom.round().clamp(0.0, f64::from(ZMAX)) as u32;
        // Finest-cell box of the view.
        let (x0, y0, x1, y1) = match view {
            Some(b) => {
                let (x0, y1) = world(b.south, b.west);
                let (x1, y0) = world(b.north, b.east);
                (cell(x0), cell(y0), cell(x1), cell(y1))
            }
            None => (0, 0, (1 << BITS) - 1, (1 << BITS) - 1),
        };
        let target = BITS - (ZMAX - z);
        let mut walk = Walk {
            index: self,
            target,
            view: (x0, y0, x1, y1),
            open,
            out: &mut out,
        };
        walk.visit(0, self.len(), 0, 0, 0);
        out
    }
}

/// One query's descent through the nested cells.
struct Walk<'a> {
    index: &'a ClusterIndex,
    /// Depth (bits per axis) of the cells to emit.
    target: u32,
    /// Finest-cell box of the view: x0, y0, x1, y1 (inclusive).
    view: (u32, u32, u32, u32),
    open: &'a [PlaceKey],
    out: &'a mut Vec<Node>,
}

impl Walk<'_> {
    /// Visits the cell at `depth` with coordinates (`cx`, `cy`) holding the run `lo..hi`.
    fn visit(&mut self, lo: usize, hi: usize, depth: u32, cx: u32, cy: u32) {
        let index = self.index;
        let count = index.visible_in(lo, hi);
        if count == 0 {
            return;
        }
        let shift = BITS - depth;
        let (x0, y0, x1, y1) = self.view;
        let (left, top) = (u64::from(cx) << shift, u64::from(cy) << shift);
        let (right, bottom) = (left + (1u64 << shift) - 1, top + (1u64 << shift) - 1);
        if right < u64::from(x0)
            || left > u64::from(x1)
            || bottom < u64::from(y0)
            || top > u64::from(y1)
        {
            return;
        }
        if depth == self.target {
            return self.emit(lo, hi, count, (depth, cx, cy));
        }
        // The four children are consecutive runs of codes.
        let child_shift = 2 * (shift - 1);
        let codes = &index.codes[lo..hi];
        let prefix = morton(cx, cy) << 2;
        let mut start = lo;
        for k in 0..4u64 {
            let end_code = (prefix | k) + 1;
            let end = if k == 3 {
                hi
            } else {
                lo + codes.partition_point(|&c| (c >> child_shift) < end_code)
            };
            if end > start {
                let (ccx, ccy) = (cx * 2 + (k & 1) as u32, cy * 2 + (k >> 1) as u32);
                self.visit(start, end, depth + 1, ccx, ccy);
            }
            start = end;
        }
    }

    fn emit(&mut self, lo: usize, hi: usize, count: usize, cell: (u32, u32, u32)) {
        let index = self.index;
        let first = (lo..hi).find(|&k| index.is_visible(k)).unwrap_or(lo);
        if count == 1 {
            self.out.push(Node::Single {
                index: index.items[first] as usize,
                offset: (0.0, 0.0),
            });
            return;
        }
        let last = (lo..hi)
            .rev()
            .find(|&k| index.is_visible(k))
            .unwrap_or(first);
        let key = |k: usize| place_key(index.positions[k].0, index.positions[k].1);
        let same_place = key(first) == key(last);
        if same_place && self.open.contains(&key(first)) {
            for (n, k) in (lo..hi).filter(|&k| index.is_visible(k)).enumerate() {
                self.out.push(Node::Single {
                    index: index.items[k] as usize,
                    offset: crate::geometry::spread::offset(n, count),
                });
            }
            return;
        }
        let n = count as f64;
        let x = (index.sum_x[hi] - index.sum_x[lo]) / n;
        let y = (index.sum_y[hi] - index.sum_y[lo]) / n;
        let (lat, lon) = if same_place {
            index.positions[first]
        } else {
            unworld(x, y)
        };
        let zoom = cell.0 + ZMAX - BITS;
        self.out.push(Node::Cluster {
            cell: (zoom, cell.1, cell.2),
            lat,
            lon,
            count,
            run: (lo, hi),
            same_place,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHUSHA: (f64, f64) = (39.7583, 46.7483);
    const LACHIN: (f64, f64) = (39.6408, 46.5469);
    const ZANGILAN: (f64, f64) = (39.0837, 46.6599);

    #[test]
    fn a_box_is_within_another_only_when_no_edge_pokes_out() {
        let near = Bounds {
            south: 25.0,
            west: 20.0,
            north: 55.0,
            east: 75.0,
        };
        let view = Bounds {
            south: 38.5,
            west: 44.0,
            north: 41.0,
            east: 49.5,
        };
        assert!(view.within(&near));
        assert!(near.within(&near), "touching edges count as within");
        for poke in [
            Bounds {
                south: 24.9,
                ..view
            },
            Bounds { west: 19.0, ..view },
            Bounds {
                north: 55.1,
                ..view
            },
            Bounds { east: 80.0, ..view },
        ] {
            assert!(!poke.within(&near), "{poke:?}");
        }
        assert!(!near.within(&view));
    }

    fn members(index: &ClusterIndex, nodes: &[Node]) -> Vec<usize> {
        let mut all: Vec<usize> = nodes
            .iter()
            .flat_map(|n| match n {
                Node::Single { index, .. } => vec![*index],
                Node::Cluster { run, .. } => index.members(*run),
            })
            .collect();
        all.sort();
        all
    }

    fn scattered(n: usize) -> Vec<(f64, f64)> {
        (0..n)
            .map(|i| {
                (
                    39.0 + (i % 37) as f64 * 0.031,
                    46.0 + (i % 53) as f64 * 0.027,
                )
            })
            .collect()
    }

    #[test]
    fn records_at_one_place_stay_a_cluster_at_every_zoom_until_opened() {
        let index = ClusterIndex::new(&[SHUSHA, SHUSHA, SHUSHA]);
        for zoom in [5.0, 9.0, 14.0, 18.0] {
            let nodes = index.query(zoom, None, &[]);
            assert!(
                matches!(
                    &nodes[..],
                    [Node::Cluster {
                        same_place: true,
                        count: 3,
                        ..
                    }]
                ),
                "{zoom}: {nodes:?}"
            );
        }
        let open = index.query(9.0, None, &[place_key(SHUSHA.0, SHUSHA.1)]);
        assert_eq!(open.len(), 3);
        assert!(open.iter().all(|n| matches!(n, Node::Single { .. })));
    }

    #[test]
    fn nearby_towns_merge_when_zoomed_out_and_separate_when_zoomed_in() {
        let index = ClusterIndex::new(&[SHUSHA, LACHIN, ZANGILAN]);
        let far = index.query(5.0, None, &[]);
        assert!(far.iter().any(|n| matches!(
            n,
            Node::Cluster {
                same_place: false,
                ..
            }
        )));
        let near = index.query(10.0, None, &[]);
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
    fn every_visible_point_is_drawn_exactly_once_at_every_zoom() {
        let points = scattered(500);
        let mut index = ClusterIndex::new(&points);
        for zoom in [0.0, 4.0, 7.5, 11.0, 18.0, 22.0] {
            assert_eq!(
                members(&index, &index.query(zoom, None, &[])),
                (0..500).collect::<Vec<_>>()
            );
        }
        index.set_visible(|i| i % 3 == 0);
        for zoom in [4.0, 9.0, 15.0] {
            assert_eq!(
                members(&index, &index.query(zoom, None, &[])),
                (0..500).filter(|i| i % 3 == 0).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_cluster_sits_at_the_mean_of_its_visible_members() {
        let mut index = ClusterIndex::new(&[(39.70, 46.70), (39.72, 46.72), (39.74, 46.74)]);
        index.set_visible(|i| i != 2);
        let nodes = index.query(6.0, None, &[]);
        let [Node::Cluster {
            lat, lon, count, ..
        }] = &nodes[..]
        else {
            panic!("{nodes:?}")
        };
        assert_eq!(*count, 2);
        assert!(
            (lat - 39.71).abs() < 1e-3 && (lon - 46.71).abs() < 1e-3,
            "{lat} {lon}"
        );
    }

    #[test]
    fn only_cells_inside_the_view_are_returned() {
        let points = scattered(500);
        let index = ClusterIndex::new(&points);
        let view = Bounds {
            south: 39.0,
            west: 46.0,
            north: 39.3,
            east: 46.3,
        };
        let inside = members(&index, &index.query(12.0, Some(view), &[]));
        let expected: Vec<usize> = (0..500)
            .filter(|&i| {
                let (lat, lon) = points[i];
                (39.0..=39.3).contains(&lat) && (46.0..=46.3).contains(&lon)
            })
            .collect();
        // Every point in the view is drawn; cells straddling the edge may bring a few more.
        assert!(expected.iter().all(|i| inside.contains(i)));
        assert!(inside.len() < points.len() / 2, "{}", inside.len());
    }

    #[test]
    fn a_cluster_keeps_its_cell_key_when_a_filter_changes_its_count() {
        let mut index = ClusterIndex::new(&[(39.70, 46.70), (39.71, 46.71), (39.72, 46.72)]);
        let key = |index: &ClusterIndex| match &index.query(5.0, None, &[])[..] {
            [Node::Cluster { cell, count, .. }] => (*cell, *count),
            other => panic!("{other:?}"),
        };
        let (before, three) = key(&index);
        index.set_visible(|i| i != 1);
        let (after, two) = key(&index);
        assert_eq!((before, three, two), (after, 3, 2));
    }
}
