//! Spreads markers that share exact coordinates (many records sit at a town centre) onto
//! rings around that point, so every one can be seen, pointed at and clicked.
//!
//! Offsets are in screen pixels, so the ring keeps its shape at every zoom level and the
//! point itself stays where the data puts it.

use std::f64::consts::PI;

/// Distance between neighbouring rings, in pixels (a little more than a marker).
pub const RING_STEP: f64 = 20.0;

/// Pixel offset `(dx, dy)` of the `index`-th of `count` markers at one point. A lone marker
/// is not moved; ring `k` (from 1) holds up to `6k` markers at radius `k * RING_STEP`.
pub fn offset(index: usize, count: usize) -> (f64, f64) {
    if count <= 1 {
        return (0.0, 0.0);
    }
    let (mut ring, mut first) = (1, 0);
    while index >= first + 6 * ring {
        first += 6 * ring;
        ring += 1;
    }
    let on_ring = (count - first).min(6 * ring);
    let angle = -PI / 2.0 + 2.0 * PI * (index - first) as f64 / on_ring as f64;
    let radius = ring as f64 * RING_STEP;
    (radius * angle.cos(), radius * angle.sin())
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
        for count in [2, 6, 7, 18, 25, 40] {
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
}
