//! Screen geometry: marker shapes and rings ([`symbols`]), the spider around co-located markers
//! ([`spread`]), which map names show and where ([`labels`]) and the few transcendental
//! functions they need ([`math`]). Pure: no DOM, no Leaflet.

pub mod labels;

/// Sorts indices by `order`, which must be total. Every caller shares one copy of the sort
/// (a closure of its own would make the compiler write a sort for each, a few KB apiece).
pub fn sort_indices(indices: &mut [usize], order: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    indices.sort_unstable_by(|&a, &b| order(a, b));
}
pub mod math;
pub mod spread;
pub mod symbols;

/// How far an open card covers the map, in pixels from the map's right and bottom edges
/// (each with a 16-pixel margin), so a revealed marker is kept clear of it. The card covers
/// one side, a side panel on desktop or a bottom sheet on phones: the narrower overlap is
/// the one kept clear. `map` is its right, bottom, width and height; `card` its left and
/// top, in the same pixels.
pub fn card_overlap(map: (f64, f64, f64, f64), card: (f64, f64)) -> (f64, f64) {
    const MARGIN: f64 = 16.0;
    let (right_edge, bottom_edge, width, height) = map;
    let right = (right_edge - card.0).clamp(0.0, width);
    let bottom = (bottom_edge - card.1).clamp(0.0, height);
    if right / width.max(1.0) < bottom / height.max(1.0) {
        (right + MARGIN, MARGIN)
    } else {
        (MARGIN, bottom + MARGIN)
    }
}

#[cfg(test)]
mod tests {
    use super::card_overlap;

    #[test]
    fn a_side_panel_is_kept_clear_on_the_right() {
        // A 1000×600 map; the card's left edge 300 px in from the map's right, its top at 0.
        assert_eq!(
            card_overlap((1000.0, 600.0, 1000.0, 600.0), (700.0, 0.0)),
            (316.0, 16.0)
        );
    }

    #[test]
    fn a_bottom_sheet_is_kept_clear_below() {
        // A 360×640 map; the sheet spans the width and covers its lower 250 px.
        assert_eq!(
            card_overlap((360.0, 640.0, 360.0, 640.0), (0.0, 390.0)),
            (16.0, 266.0)
        );
    }

    #[test]
    fn a_card_beside_the_map_covers_nothing() {
        assert_eq!(
            card_overlap((500.0, 400.0, 500.0, 400.0), (520.0, 0.0)),
            (16.0, 16.0)
        );
    }
}
