//! One drawing of the scene: the index's nodes for a view, each worded and coloured.

use super::cluster::{Bounds, Node, PlaceKey};
use super::{Key, MapCluster, MapNode, MapPoint, Scene};
use crate::model::{Dataset, Family};
use crate::query::mix::{self, Slice};
use crate::query::{Month, Query};
use crate::words::present;
use crate::words::text::Text;

/// Colour of a ring's "other" slice (families beyond the largest few).
pub const OTHER_COLOR: &str = "#9ca3af";

/// What one drawing depends on besides the data: the language, the view and the month.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    /// The language titles are worded in.
    pub t: &'static Text,
    /// The map's zoom.
    pub zoom: f64,
    /// The box to draw (the view plus a margin); `None` for the whole world.
    pub view: Option<Bounds>,
    /// Places whose stack the reader opened: drawn one by one.
    pub open: &'a [PlaceKey],
    /// The month shown: statuses are those at its end.
    pub at: Month,
    /// A month is chosen (Play, the steps): what changed in it pulses.
    pub stepping: bool,
}

impl Scene {
    /// What the map draws for `frame`, each node under its key. Remembers the clusters drawn,
    /// so that [`Scene::open`] can open one by its key.
    pub fn draw(
        &mut self,
        dataset: &Dataset,
        query: &Query,
        families: &[Family],
        frame: &Frame,
    ) -> Vec<(Key, MapNode)> {
        let (t, at) = (frame.t, frame.at);
        let nodes = self.index.query(frame.zoom, frame.view, frame.open);
        self.drawn.clear();
        let mut out = Vec::with_capacity(nodes.len());
        for node in nodes {
            match node {
                Node::Single { index: i, offset } => {
                    let r = &dataset.records[i];
                    let (Some((lat, lon)), Some(category), Some(status)) = (
                        r.location.coordinates(),
                        dataset.category(&r.category),
                        query.status_at(i, at),
                    ) else {
                        continue;
                    };
                    // "Kapital Bank ATM, Shusha — ATM, Opened 27 Jan 2021": what, where, since when.
                    let since = r
                        .status
                        .iter()
                        .rfind(|c| crate::query::timeline::effective_month(c, query.as_of) <= at)
                        .and_then(|c| c.date.as_ref())
                        .map(|d| format!(" {}", present::date(t, d)))
                        .unwrap_or_default();
                    let title = format!(
                        "{}, {} — {}, {}{since}",
                        r.name.get(t.lang),
                        dataset.place_name(&r.location.town, t.lang),
                        category.label.get(t.lang),
                        t.status_names[status],
                    );
                    out.push((
                        Key::Record(i),
                        MapNode::Point(MapPoint {
                            id: r.id.clone(),
                            lat,
                            lon,
                            title,
                            color: category.color.clone(),
                            shape: category.shape,
                            status,
                            offset,
                            changed: frame.stepping && query.changes_in(i, at),
                        }),
                    ));
                }
                Node::Cluster {
                    cell,
                    lat,
                    lon,
                    count,
                    run,
                    same_place,
                } => {
                    let members = self.index.members(run);
                    let mix: Vec<(usize, usize)> = query
                        .category_counts(&members)
                        .into_iter()
                        .enumerate()
                        .filter(|(_, n)| *n > 0)
                        .collect();
                    let statuses = self.totals.statuses(run);
                    let towns = present::cluster_towns(dataset, &members);
                    let title = present::cluster_title(t, dataset, count, &mix, statuses);
                    let title = present::cluster_name(t, dataset, &towns, title);
                    let by_family = self
                        .totals
                        .families(run)
                        .unwrap_or_else(|| query.family_counts(&members));
                    let parts = mix::ring(&by_family)
                        .into_iter()
                        .map(|(slice, n)| match slice {
                            Slice::Family(f) => (families[f].color.clone(), n),
                            Slice::Other => (OTHER_COLOR.to_string(), n),
                        })
                        .collect();
                    out.push((
                        Key::Cluster(cell),
                        MapNode::Cluster(MapCluster {
                            lat,
                            lon,
                            count,
                            parts,
                            statuses,
                            title,
                            changed: frame.stepping
                                && members.iter().any(|&i| query.changes_in(i, at)),
                            places: towns.iter().map(|(town, _)| town.to_string()).collect(),
                        }),
                    ));
                    self.drawn.insert(cell, (run, same_place));
                }
            }
        }
        out
    }
}
