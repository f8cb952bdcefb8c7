//! The view-model of the dashboard, shared through context: one source of truth (the
//! `ViewState` signal: what a link restores) and narrow memos derived from it, so each
//! component subscribes only to what it shows. A map pan writes the camera and nothing that
//! depends only on the filters runs again.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Family, Loaded, Record};
use crate::query::stats::Summary;
use crate::query::timeline::{openings, Histogram};
use crate::query::url::{Camera, ViewState};
use crate::query::{Evaluation, Filters, Month, Query};
use crate::scene::cluster::PlaceKey;
use crate::scene::Scene;

/// What is prepared once after loading, in its own browser tasks so none blocks the page for
/// long: the query keys and the map's cluster index.
#[derive(Debug)]
pub struct Prepared {
    /// The dataset and the entries left out of it.
    pub loaded: Arc<Loaded>,
    /// Search index, filter keys and time span.
    pub query: Arc<Query>,
    /// The map's scene: the cluster index over the records with coordinates.
    pub scene: Scene,
}

/// Interface state that is not part of a link: which panels are open.
#[derive(Clone, Copy)]
pub struct Ui {
    /// The full filter panel is open (a sheet over the map).
    pub filters_open: RwSignal<bool>,
    /// On phones, the list is shown in place of the map.
    pub list_mode: RwSignal<bool>,
    /// The timeline is playing.
    pub playing: RwSignal<bool>,
    /// Records at one place listed in a sheet (phones, when too many to spread on the map).
    pub place_list: RwSignal<Option<Vec<usize>>>,
    /// The toolbar's Filters button, which takes focus back when the panel closes.
    pub filters_button: NodeRef<leptos::html::Button>,
    /// The legend, opened on paper.
    pub legend: NodeRef<leptos::html::Details>,
}

impl Ui {
    /// Everything closed, the map shown.
    pub fn new() -> Self {
        Self {
            filters_open: RwSignal::new(false),
            list_mode: RwSignal::new(false),
            playing: RwSignal::new(false),
            place_list: RwSignal::new(None),
            filters_button: NodeRef::new(),
            legend: NodeRef::new(),
        }
    }
}

impl Default for Ui {
    fn default() -> Self {
        Self::new()
    }
}

/// Shared state of a loaded dashboard.
#[derive(Clone)]
pub struct ViewModel {
    /// The dataset and the entries left out of it.
    pub loaded: Arc<Loaded>,
    /// Search index, filter keys and time span, computed once.
    pub query: Arc<Query>,
    /// Category families in legend order (`Dataset::families`), computed once.
    pub families: Arc<Vec<Family>>,
    /// Record id → index, computed once.
    ids: Arc<HashMap<String, usize>>,
    /// Everything a link restores: the one source of truth.
    pub view: RwSignal<ViewState>,
    /// The filters alone (unchanged by a pan or a selection).
    pub filters: Memo<Filters>,
    /// The selected record's id.
    pub selected: Memo<Option<String>>,
    /// The camera a link or Back/Forward asks for.
    pub camera: Memo<Option<Camera>>,
    /// The time range, clamped and ordered.
    pub range: Memo<(Month, Month)>,
    /// The end of the time range: the month statuses are shown at.
    pub at: Memo<Month>,
    /// One pass of the filters: visible records and every facet's counts.
    pub evaluation: Memo<Arc<Evaluation>>,
    /// Openings per month under every filter except time.
    pub histogram: Memo<Arc<Histogram>>,
    /// Counts by status and towns for the visible records at `at`.
    pub summary: Memo<Summary>,
    /// Visible records per category, in legend order.
    pub by_category: Memo<Vec<usize>>,
    /// Places whose stack of markers the reader opened.
    pub open_places: RwSignal<Vec<PlaceKey>>,
    /// The map's scene, made while loading.
    pub scene: StoredValue<Scene>,
}

impl ViewModel {
    /// Builds the state for `loaded`, starting from `initial` (read from the URL).
    pub fn new(prepared: Prepared, initial: ViewState) -> Self {
        let Prepared {
            loaded,
            query,
            scene,
        } = prepared;
        let ids = Arc::new(
            loaded
                .dataset
                .records
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id.clone(), i))
                .collect(),
        );
        let view = RwSignal::new(initial);
        let filters = Memo::new(move |_| view.with(|v| v.filters.clone()));
        let selected = Memo::new(move |_| view.with(|v| v.selected.clone()));
        let camera = Memo::new(move |_| view.with(|v| v.camera));
        let q = Arc::clone(&query);
        let range = Memo::new(move |_| filters.with(|f| q.range(f)));
        let at = Memo::new(move |_| range.get().1);
        let q = Arc::clone(&query);
        let evaluation = Memo::new(move |_| Arc::new(filters.with(|f| q.evaluate(f))));
        // The histogram ignores time, so dragging the timeline does not recompute it.
        let untimed = Memo::new(move |_| {
            filters.with(|f| Filters {
                from: None,
                to: None,
                ..f.clone()
            })
        });
        let (q, l) = (Arc::clone(&query), Arc::clone(&loaded));
        let histogram = Memo::new(move |_| {
            // Without a time range the visible records are the untimed ones: no second pass.
            // The result depends only on `untimed`, so the range is read untracked; with a
            // range set this memo follows only `untimed`, and the sliders never recompute it.
            let timed = filters.with_untracked(|f| f.from.is_some() || f.to.is_some());
            let visible = if timed {
                untimed.with(|f| q.evaluate(f).visible)
            } else {
                evaluation.with(|e| e.visible.clone())
            };
            let records = visible.iter().map(|&i| &l.dataset.records[i]);
            Arc::new(openings(records, q.span))
        });
        let q = Arc::clone(&query);
        let summary = Memo::new(move |_| {
            let at = at.get();
            let search = filters.with(|f| f.search.clone());
            evaluation.with(|e| q.summarize_found(&e.visible, at, &search))
        });
        let q = Arc::clone(&query);
        let by_category = Memo::new(move |_| evaluation.with(|e| q.category_counts(&e.visible)));
        Self {
            families: Arc::new(loaded.dataset.families()),
            by_category,
            loaded,
            query,
            ids,
            view,
            filters,
            selected,
            camera,
            range,
            at,
            evaluation,
            histogram,
            summary,
            open_places: RwSignal::new(Vec::new()),
            scene: StoredValue::new(scene),
        }
    }

    /// The index of the record with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    /// The record with this id.
    pub fn record(&self, id: &str) -> Option<&Record> {
        self.index_of(id).map(|i| &self.loaded.dataset.records[i])
    }

    /// Selects a record (or clears the selection).
    pub fn select(&self, id: Option<String>) {
        self.view.update(|v| v.selected = id);
    }

    /// Changes the filters with `change` (one history entry, see `url_sync`).
    pub fn update_filters(&self, change: impl FnOnce(&mut Filters)) {
        self.view.update(|v| change(&mut v.filters));
    }
}
