//! Which map labels to show so none collide: the highest-priority labels first, each shown
//! only if its box overlaps no label already shown. Run again at every zoom, so lower-priority
//! names appear as the reader zooms in.

/// A label's box on screen, in pixels, and its priority (lower shows first).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// 1 for the most important (the region's countries, the capital).
    pub priority: u32,
    /// Labels of one group (candidate points for one name) show at most once.
    pub group: usize,
    /// Among equal priorities, lower goes first (e.g. distance from the middle of the view).
    pub order: f64,
}

impl LabelBox {
    fn overlaps(&self, other: &Self, gap: f64) -> bool {
        self.x < other.x + other.w + gap
            && other.x < self.x + self.w + gap
            && self.y < other.y + other.h + gap
            && other.y < self.y + self.h + gap
    }
}

/// Space kept between two shown labels, in pixels.
pub const GAP: f64 = 4.0;

/// Whether each label is shown. `within` is the visible area `(width, height)`: a label not
/// wholly inside it is hidden and takes no room. `obstacles` (markers, clusters) are never
/// covered.
pub fn declutter(boxes: &[LabelBox], within: (f64, f64), obstacles: &[LabelBox]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_by(|&a, &b| {
        (boxes[a].priority, boxes[a].order)
            .partial_cmp(&(boxes[b].priority, boxes[b].order))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut shown = vec![false; boxes.len()];
    let mut kept: Vec<LabelBox> = Vec::new();
    let mut groups = std::collections::HashSet::new();
    for i in order {
        let b = boxes[i];
        let visible = b.x >= 0.0 && b.y >= 0.0 && b.x + b.w <= within.0 && b.y + b.h <= within.1;
        if visible
            && !groups.contains(&b.group)
            && !kept.iter().any(|k| k.overlaps(&b, GAP))
            && !obstacles.iter().any(|o| o.overlaps(&b, 0.0))
        {
            shown[i] = true;
            groups.insert(b.group);
            kept.push(b);
        }
    }
    shown
}

/// The width in pixels of `text` at `font_px`, estimated (no layout is read).
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.55
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64, priority: u32) -> LabelBox {
        LabelBox {
            x,
            y,
            w: 60.0,
            h: 14.0,
            priority,
            group: (x * 1000.0 + y) as usize,
            order: 0.0,
        }
    }

    #[test]
    fn colliding_labels_keep_the_higher_priority_one() {
        let boxes = [at(10.0, 10.0, 3), at(30.0, 15.0, 1), at(200.0, 10.0, 5)];
        assert_eq!(declutter(&boxes, (400.0, 300.0), &[]), [false, true, true]);
    }

    #[test]
    fn no_two_shown_labels_overlap() {
        // A dense grid of labels with mixed priorities.
        let boxes: Vec<LabelBox> = (0..200)
            .map(|i| {
                at(
                    (i % 20) as f64 * 25.0,
                    (i / 20) as f64 * 9.0,
                    (i % 7) as u32,
                )
            })
            .collect();
        let shown = declutter(&boxes, (1000.0, 1000.0), &[]);
        let kept: Vec<&LabelBox> = boxes
            .iter()
            .zip(&shown)
            .filter(|(_, s)| **s)
            .map(|(b, _)| b)
            .collect();
        assert!(kept.len() > 5);
        for (i, a) in kept.iter().enumerate() {
            for b in &kept[i + 1..] {
                assert!(!a.overlaps(b, 0.0), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn labels_outside_the_view_are_hidden_and_take_no_room() {
        let boxes = [at(-500.0, 10.0, 1), at(10.0, 10.0, 2)];
        assert_eq!(declutter(&boxes, (400.0, 300.0), &[]), [false, true]);
    }

    #[test]
    fn a_name_shows_once_at_its_best_free_candidate() {
        let candidate = |x: f64, order: f64| LabelBox {
            group: 7,
            order,
            ..at(x, 100.0, 1)
        };
        // The nearest candidate is under a marker: the next one is used, and only it.
        let boxes = [
            candidate(100.0, 1.0),
            candidate(250.0, 2.0),
            candidate(320.0, 3.0),
        ];
        let marker = at(110.0, 95.0, 0);
        assert_eq!(
            declutter(&boxes, (400.0, 300.0), &[marker]),
            [false, true, false]
        );
    }
}
