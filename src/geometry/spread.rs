//! Spreads markers that share exact coordinates (many records sit at a town centre) around
//! that point like a spider, so every one can be seen, pointed at and clicked; each keeps a
//! leg back to the true point (drawn by the map).
//!
//! Offsets are in screen pixels, so the spider keeps its shape at every zoom level and the
//! point itself stays where the data puts it. The sector to the right of the point, where the
//! town's name is written, is left free so the name stays readable.

use crate::geometry::math;
use std::f64::consts::PI;

/// Distance between neighbouring rings, in pixels (a little more than a marker).
pub const RING_STEP: f64 = 22.0;
/// Least distance between neighbours on a ring, in pixels.
pub const SPACING: f64 = 22.0;
/// Half the angle kept free to the right of the point (where its label is), in radians.
pub const LABEL_GAP: f64 = PI / 6.0;

/// How many markers ring `ring` (from 1) holds.
fn capacity(ring: usize) -> usize {
    let arc = (2.0 * PI - 2.0 * LABEL_GAP) * ring as f64 * RING_STEP;
    // Both ends of the arc hold a marker.
    (arc / SPACING).floor() as usize + 1
}

/// How far from their point, in pixels, `count` markers spread: the outer ring's radius.
pub fn reach(count: usize) -> f64 {
    if count <= 1 {
        return 0.0;
    }
    let (mut ring, mut placed) = (1, 0);
    while placed + capacity(ring) < count {
        placed += capacity(ring);
        ring += 1;
    }
    ring as f64 * RING_STEP
}

/// Pixel offset `(dx, dy)` (y down) of the `index`-th of `count` markers at one point. A lone
/// marker is not moved; the others fill rings of radius `k * RING_STEP`, each spread evenly
/// over the circle minus the label's sector, starting just below it.
pub fn offset(index: usize, count: usize) -> (f64, f64) {
    if count <= 1 {
        return (0.0, 0.0);
    }
    let (mut ring, mut first) = (1, 0);
    while index >= first + capacity(ring) {
        first += capacity(ring);
        ring += 1;
    }
    let on_ring = (count - first).min(capacity(ring));
    let sweep = 2.0 * PI - 2.0 * LABEL_GAP;
    // Clockwise on screen from just below the label to just above it.
    let step = if on_ring > 1 {
        sweep / (on_ring - 1) as f64
    } else {
        0.0
    };
    let start = if on_ring > 1 { LABEL_GAP } else { PI / 2.0 };
    let angle = start + step * (index - first) as f64;
    let radius = ring as f64 * RING_STEP;
    (radius * math::cos(angle), radius * math::sin(angle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    #[test]
    fn a_lone_marker_stays_on_its_point() {
        assert_eq!(offset(0, 1), (0.0, 0.0));
    }

    #[test]
    fn markers_sharing_a_point_never_overlap() {
        for count in [2, 6, 7, 18, 22, 25, 40] {
            let all: Vec<_> = (0..count).map(|i| offset(i, count)).collect();
            for i in 0..count {
                for j in i + 1..count {
                    assert!(
                        distance(all[i], all[j]) >= 18.0,
                        "{count} markers: {i} and {j} are {:.1}px apart",
                        distance(all[i], all[j])
                    );
                }
            }
        }
    }

    #[test]
    fn the_reach_is_the_farthest_marker_of_a_spread() {
        for count in [1, 2, 5, 14, 15, 22, 40, 100] {
            let far = (0..count)
                .map(|i| {
                    let (x, y) = offset(i, count);
                    (x * x + y * y).sqrt()
                })
                .fold(0.0, f64::max);
            assert!(
                (reach(count) - far).abs() < 1e-9,
                "{count}: {} vs {far}",
                reach(count)
            );
        }
    }

    #[test]
    fn the_label_sector_to_the_right_stays_free() {
        for count in [2, 5, 22, 40] {
            for i in 0..count {
                let (dx, dy) = offset(i, count);
                let angle = dy.atan2(dx);
                assert!(
                    angle.abs() >= LABEL_GAP - 1e-9,
                    "{count} markers: {i} at {:.0}°",
                    angle.to_degrees()
                );
            }
        }
    }
}
