//! What the map does when the reader opens a cluster, and how it follows a selection.

use super::cluster::{place_key, PlaceKey};
use super::{Key, Scene};
use crate::model::Dataset;

/// On phones, a place with more records than this opens as a list, not a spider.
pub const LIST_ABOVE: usize = 8;

/// How an opened cluster shows what it holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Opening {
    /// Several places: the map zooms to fit them.
    Fit(Vec<(f64, f64)>),
    /// One place: its records are spread on rings around it, kept `reach` pixels inside the
    /// view.
    Spread {
        /// The place whose stack opens.
        place: PlaceKey,
        /// Where it is.
        at: (f64, f64),
        /// How far the rings reach from it, in pixels.
        reach: f64,
    },
    /// One crowded place on a phone: its records (dataset indices) in a list sheet.
    List(Vec<usize>),
}

/// An opened cluster: how it opens, and where the record that keyboard focus goes to lies
/// (nearest the place the cluster is named for). A list takes focus itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// How it opens.
    pub how: Opening,
    /// Where focus goes from the keyboard; `None` for a list.
    pub focus_at: Option<(f64, f64)>,
}

impl Scene {
    /// What opening the cluster last drawn under `key` does (`phone`: a small screen, where a
    /// crowded place is listed). `None` when no such cluster is drawn.
    pub fn open(&self, dataset: &Dataset, key: Key, phone: bool) -> Option<Opened> {
        let Key::Cluster(cell) = key else {
            return None;
        };
        let &(run, same_place) = self.drawn.get(&cell)?;
        let members = self.index.members(run);
        let points = self.index.member_positions(run);
        let first = *points.first()?;
        let how = match (same_place, phone && points.len() > LIST_ABOVE) {
            (true, true) => {
                return Some(Opened {
                    how: Opening::List(members),
                    focus_at: None,
                })
            }
            (true, false) => Opening::Spread {
                place: place_key(first.0, first.1),
                at: first,
                reach: crate::geometry::spread::reach(points.len()),
            },
            (false, _) => Opening::Fit(points),
        };
        // The place the cluster is named for comes first: focus goes to what is drawn there.
        let lead = crate::words::present::cluster_places(dataset, &members).map(|(town, _)| town);
        let focus_at = members
            .iter()
            .map(|&i| &dataset.records[i].location)
            .find(|l| Some(l.town.as_str()) == lead)
            .and_then(|l| l.coordinates());
        Some(Opened { how, focus_at })
    }
}

/// How the map follows the selected record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Follow {
    /// Nothing to move: only the mark changes.
    Stay,
    /// Its marker is drawn: bring it into view, clear of the card.
    Reveal,
    /// It is inside a cluster: open its place's stack and centre on it, at least at
    /// `zoom`, then reveal it.
    Open {
        /// Its place, to add to the opened stacks.
        place: PlaceKey,
        /// Where it is.
        at: (f64, f64),
    },
}

/// What following the selection does. `moved`: the selection changed, the map came back
/// from the list, or this is the first view and no camera was given (the reader's own pans
/// never follow). `drawn`: its marker is on the map; `at`: its coordinates, if any.
pub fn follow(moved: bool, drawn: bool, at: Option<(f64, f64)>) -> Follow {
    match (moved, drawn, at) {
        (false, _, _) => Follow::Stay,
        (true, true, _) => Follow::Reveal,
        (true, false, Some(at)) => Follow::Open {
            place: place_key(at.0, at.1),
            at,
        },
        (true, false, None) => Follow::Stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_moves_the_map_only_when_it_changed_or_the_map_came_back() {
        assert_eq!(follow(false, true, Some((1.0, 2.0))), Follow::Stay);
        assert_eq!(follow(true, true, Some((1.0, 2.0))), Follow::Reveal);
        assert_eq!(
            follow(true, false, Some((1.0, 2.0))),
            Follow::Open {
                place: place_key(1.0, 2.0),
                at: (1.0, 2.0)
            }
        );
        assert_eq!(follow(true, false, None), Follow::Stay, "no coordinates");
    }
}
