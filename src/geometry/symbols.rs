//! Marker symbols: one SVG path per [`Shape`], shared by the map markers and the legend so the
//! two always match.

use crate::geometry::math;
use crate::model::Shape;
use std::f64::consts::PI;

/// Side of the square viewBox the paths are drawn in.
pub const VIEWBOX: f64 = 20.0;

/// Two strokes across the viewBox: drawn over a closed service's symbol.
pub const CROSS: &str = "M4 4L16 16M16 4L4 16";

fn polygon(points: impl Iterator<Item = (f64, f64)>) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&format!("{:.2} {:.2}", x, y));
    }
    d.push('Z');
    d
}

fn regular(sides: usize, radius: f64, rotation: f64) -> String {
    let c = VIEWBOX / 2.0;
    polygon((0..sides).map(|i| {
        let a = rotation + 2.0 * PI * i as f64 / sides as f64;
        (c + radius * math::cos(a), c + radius * math::sin(a))
    }))
}

/// The SVG path data of a shape, centred in a `0 0 20 20` viewBox with room for a stroke.
pub fn path(shape: Shape) -> String {
    let up = -PI / 2.0;
    match shape {
        Shape::Circle => "M10 2.5A7.5 7.5 0 1 1 9.99 2.5Z".to_string(),
        Shape::Square => "M3.5 3.5H16.5V16.5H3.5Z".to_string(),
        Shape::Diamond => regular(4, 8.0, up),
        Shape::Triangle => regular(3, 8.5, up),
        Shape::TriangleDown => regular(3, 8.5, PI / 2.0),
        Shape::Pentagon => regular(5, 8.0, up),
        Shape::Hexagon => regular(6, 8.0, 0.0),
        Shape::Star => {
            let c = VIEWBOX / 2.0;
            polygon((0..10).map(|i| {
                let r = if i % 2 == 0 { 8.5 } else { 3.8 };
                let a = up + PI * i as f64 / 5.0;
                (c + r * math::cos(a), c + r * math::sin(a))
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shape_has_a_distinct_closed_path_inside_the_viewbox() {
        let mut seen = std::collections::HashSet::new();
        for name in Shape::NAMES {
            let d = path(Shape::from_name(name).unwrap());
            assert!(d.starts_with('M') && d.ends_with('Z'), "{name}: {d}");
            assert!(seen.insert(d.clone()), "{name} repeats another shape");
            let numbers = d
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<f64>().unwrap());
            for n in numbers {
                assert!(
                    (0.0..=VIEWBOX).contains(&n),
                    "{name}: {n} outside the viewBox"
                );
            }
        }
    }
}

/// Donut segments for a cluster icon: one SVG path per non-zero part, clockwise from the top,
/// each proportional to its count, between radii `inner` and `outer` around `(c, c)`.
/// Returns `(part index, path)` pairs.
pub fn donut(parts: &[usize], c: f64, outer: f64, inner: f64) -> Vec<(usize, String)> {
    let total: usize = parts.iter().sum();
    if total == 0 {
        return Vec::new();
    }
    let point = |r: f64, a: f64| (c + r * math::sin(a), c - r * math::cos(a));
    let mut out = Vec::new();
    let mut start = 0.0f64;
    for (i, &n) in parts.iter().enumerate() {
        if n == 0 {
            continue;
        }
        // Each arc is drawn in two halves through its middle, so even a whole ring (whose
        // ends meet) is two arcs with distinct end points.
        let sweep = 2.0 * PI * n as f64 / total as f64;
        let (end, mid) = (start + sweep, start + sweep / 2.0);
        let p = |r: f64, a: f64| {
            let (x, y) = point(r, a);
            format!("{x:.2} {y:.2}")
        };
        out.push((
            i,
            format!(
                "M{}A{outer} {outer} 0 0 1 {}A{outer} {outer} 0 0 1 {}L{}A{inner} {inner} 0 0 0 {}A{inner} {inner} 0 0 0 {}Z",
                p(outer, start),
                p(outer, mid),
                p(outer, end),
                p(inner, end),
                p(inner, mid),
                p(inner, start),
            ),
        ));
        start = end;
    }
    out
}

#[cfg(test)]
mod donut_tests {
    use super::donut;

    #[test]
    fn one_segment_per_non_empty_part() {
        let segments = donut(&[3, 0, 1], 20.0, 18.0, 12.0);
        assert_eq!(segments.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 2]);
        // 3 of 4 of the ring: from the top, through the bottom-right, to the left.
        assert!(segments[0]
            .1
            .starts_with("M20.00 2.00A18 18 0 0 1 32.73 32.73A18 18 0 0 1 2.00 20.00L"));
    }

    #[test]
    fn a_single_part_draws_a_whole_ring() {
        let segments = donut(&[5], 20.0, 18.0, 12.0);
        assert_eq!(segments.len(), 1);
        // Two half circles: down to the bottom and back up to the top, where it started.
        assert!(segments[0]
            .1
            .starts_with("M20.00 2.00A18 18 0 0 1 20.00 38.00A18 18 0 0 1 20.00 2.00L"));
    }

    #[test]
    fn nothing_to_draw_for_no_records() {
        assert!(donut(&[0, 0], 20.0, 18.0, 12.0).is_empty());
    }
}
