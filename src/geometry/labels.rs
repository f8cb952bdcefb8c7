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
    // Ties keep the order given.
    super::sort_indices(&mut order, &|a, b| {
        (boxes[a].priority, boxes[a].order)
            .partial_cmp(&(boxes[b].priority, boxes[b].order))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
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

/// Where a place's name is written while clusters hold places.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    /// Beside the cluster it stands for, drawn at this latitude and longitude and holding
    /// this many records.
    Cluster(f64, f64, usize),
    /// Nowhere: a cluster that another place stands for holds it.
    Merged,
}

/// The anchors of the places that `clusters` hold, given as (places with the one it stands for
/// first, record count, latitude, longitude). A place standing for several clusters is named
/// at the biggest; a place only merged into others is not named; places in no cluster are
/// absent (named at their own point).
pub fn place_anchors<'a>(
    clusters: impl IntoIterator<Item = (&'a [String], usize, f64, f64)>,
) -> Anchors {
    let mut anchors = Anchors::default();
    for (places, count, lat, lon) in clusters {
        let Some((lead, others)) = places.split_first() else {
            continue;
        };
        let bigger = match anchors.get(lead) {
            Some(Anchor::Cluster(.., n)) => count > n,
            _ => true,
        };
        if bigger {
            anchors.set(lead, Anchor::Cluster(lat, lon, count));
        }
        for other in others {
            if anchors.get(other).is_none() {
                anchors.set(other, Anchor::Merged);
            }
        }
    }
    anchors
}

/// Places held by clusters, with their [`Anchor`]s (a short list: one entry per place shown).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Anchors(Vec<(String, Anchor)>);

impl Anchors {
    /// Where `place`'s name goes, if a cluster holds it.
    pub fn get(&self, place: &str) -> Option<Anchor> {
        self.0.iter().find(|(p, _)| p == place).map(|&(_, a)| a)
    }

    fn set(&mut self, place: &str, anchor: Anchor) {
        match self.0.iter_mut().find(|(p, _)| p == place) {
            Some(entry) => entry.1 = anchor,
            None => self.0.push((place.to_string(), anchor)),
        }
    }
}

/// Pixels between a marker and its name (style/main.css writes the same sides: `--r` is
/// half a marker plus this).
const SPACE: f64 = 3.0;

/// Where a place's name may go around a marker `half` pixels from its middle to its edge:
/// the top-left corners, relative to its middle, of a `w` × `h` box to the right, left,
/// above and below, in that order of preference.
pub fn place_sides(half: f64, w: f64, h: f64) -> [(f64, f64); 4] {
    let reach = half + SPACE;
    [
        (reach, -h / 2.0),
        (-reach - w, -h / 2.0),
        (-w / 2.0, -reach - h),
        (-w / 2.0, reach),
    ]
}

/// What a label is, for its style and its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    /// A country name, centred on its point.
    Country,
    /// A city: a dot and its name to the right.
    City,
    /// A river name, centred.
    River,
    /// A dataset place, written beside its markers (right, left, above or below).
    Place,
}

impl LabelKind {
    /// Reads `country`, `city` or `river`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "country" => Some(Self::Country),
            "city" => Some(Self::City),
            "river" => Some(Self::River),
            "place" => Some(Self::Place),
            _ => None,
        }
    }

    /// The CSS classes of its marker.
    pub fn class(self) -> &'static str {
        match self {
            Self::Country => "map-label label-country",
            Self::City => "map-label label-city",
            Self::River => "map-label label-river",
            Self::Place => "place-label",
        }
    }

    /// The label's box relative to its point: (dx, dy, width, height).
    pub fn frame(self, text: &str) -> (f64, f64, f64, f64) {
        match self {
            Self::Country => {
                let w = text_width(text, 12.0) * 1.25;
                (-w / 2.0, -8.0, w, 16.0)
            }
            Self::City => (-4.0, -8.0, text_width(text, 12.0) + 10.0, 16.0),
            Self::River => {
                let w = text_width(text, 11.0);
                (-w / 2.0, -7.0, w, 14.0)
            }
            // Placed on a side of its marker (see `Labels::declutter`).
            Self::Place => (0.0, 0.0, text_width(text, 12.0), 16.0),
        }
    }
}

/// A name on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLabel {
    /// The text.
    pub text: String,
    /// What it names.
    pub kind: LabelKind,
    /// Latitude of its point.
    pub lat: f64,
    /// Longitude of its point.
    pub lon: f64,
    /// 1 shows first when names collide.
    pub priority: u32,
    /// For a dataset place, its name in the records: clicking the label opens that place.
    pub place: Option<String>,
}

/// The names in `basemap/labels.json` (`{labels: [{name, names?, kind, lat, lon, rank}]}`), in
/// `lang` where the file has it (`names.az`, …); entries of another shape are skipped.
pub fn context_labels(json: &str, lang: &str) -> Vec<MapLabel> {
    let Ok(root) = serde_json::from_str::<serde_json::Value>(json) else {
        return Vec::new();
    };
    let Some(list) = root["labels"].as_array() else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|l| {
            Some(MapLabel {
                text: l["names"][lang]
                    .as_str()
                    .or_else(|| l["name"].as_str())?
                    .to_string(),
                kind: LabelKind::from_name(l["kind"].as_str()?)?,
                lat: l["lat"].as_f64()?,
                lon: l["lon"].as_f64()?,
                priority: l["rank"].as_u64()? as u32,
                place: None,
            })
        })
        .collect()
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

    #[test]
    fn a_place_is_named_at_the_biggest_cluster_it_stands_for_and_hidden_where_merged() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (lachin, shusha, both) = (
            names(&["Lachin", "Zabukh"]),
            names(&["Shusha"]),
            names(&["Zabukh", "Shusha"]),
        );
        let anchors = place_anchors([
            (shusha.as_slice(), 5, 39.7, 46.7),
            (lachin.as_slice(), 9, 39.6, 46.5),
            (both.as_slice(), 3, 39.65, 46.6),
            (names(&[]).as_slice(), 2, 0.0, 0.0),
        ]);
        assert_eq!(
            anchors.get("Lachin").unwrap(),
            Anchor::Cluster(39.6, 46.5, 9)
        );
        // Shusha leads its own cluster (5) though merged into a smaller one led by Zabukh.
        assert_eq!(
            anchors.get("Shusha").unwrap(),
            Anchor::Cluster(39.7, 46.7, 5)
        );
        // Zabukh stands for the 3-record cluster, and is merged into Lachin's bigger one:
        // the cluster it stands for names it.
        assert_eq!(
            anchors.get("Zabukh").unwrap(),
            Anchor::Cluster(39.65, 46.6, 3)
        );
        assert_eq!(anchors.get("Aghdam"), None);
        let merged = place_anchors([(lachin.as_slice(), 9, 39.6, 46.5)]);
        assert_eq!(merged.get("Zabukh").unwrap(), Anchor::Merged);
    }

    #[test]
    fn a_place_name_tries_each_side_of_its_marker_clear_of_it() {
        let (half, w, h) = (20.0, 50.0, 16.0);
        let marker = LabelBox {
            x: -half,
            y: -half,
            w: 2.0 * half,
            h: 2.0 * half,
            ..at(0.0, 0.0, 0)
        };
        let sides = place_sides(half, w, h);
        for (x, y) in sides {
            let b = LabelBox {
                x,
                y,
                w,
                h,
                ..marker
            };
            assert!(!b.overlaps(&marker, 0.0), "{b:?} covers the marker");
            assert!(b.overlaps(&marker, 8.0), "{b:?} is not beside the marker");
        }
        // Right, then left, then above, then below.
        assert!(sides[0].0 > 0.0 && sides[1].0 + w < 0.0);
        assert!(sides[2].1 + h < 0.0 && sides[3].1 > 0.0);
    }

    #[test]
    fn context_labels_are_read_in_the_readers_language_and_odd_entries_skipped() {
        let json = r#"{"labels": [
            {"name": "Armenia", "names": {"ru": "Армения"}, "kind": "country", "lat": 40.2, "lon": 44.9, "rank": 1},
            {"name": "Yerevan", "kind": "city", "lat": 40.18, "lon": 44.51, "rank": 2},
            {"name": "Nowhere", "kind": "ocean", "lat": 0, "lon": 0, "rank": 1},
            {"name": "No point", "kind": "city", "rank": 1}
        ]}"#;
        let ru = context_labels(json, "ru");
        let names: Vec<&str> = ru.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(names, ["Армения", "Yerevan"]);
        assert_eq!(ru[0].kind, LabelKind::Country);
        assert_eq!((ru[1].lat, ru[1].lon, ru[1].priority), (40.18, 44.51, 2));
        assert_eq!(context_labels(json, "az")[0].text, "Armenia");
        assert!(context_labels("not json", "en").is_empty());
    }
}
