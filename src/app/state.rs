//! The one source of truth of the dashboard, shared through context: the dataset, the view
//! (filters, time, selection, camera) and what is derived from them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Loaded, Record};
use crate::query::cluster::PlaceKey;
use crate::query::url::ViewState;
use crate::query::{Month, Query};

/// Shared state of a loaded dashboard.
#[derive(Clone)]
pub struct Ctx {
    /// The dataset and the entries left out of it.
    pub loaded: Arc<Loaded>,
    /// Search index and time span, computed once.
    pub query: Arc<Query>,
    /// Everything a link restores.
    pub view: RwSignal<ViewState>,
    /// Indices of the records that pass the filters.
    pub visible: Memo<Vec<usize>>,
    /// The end of the time range: the month statuses are shown at.
    pub at: Memo<Month>,
    /// Places whose stack of markers the reader opened.
    pub open_places: RwSignal<Vec<PlaceKey>>,
}

impl Ctx {
    /// Builds the state for `loaded`, starting from `initial` (read from the URL).
    pub fn new(loaded: Arc<Loaded>, initial: ViewState) -> Self {
        let query = Arc::new(Query::new(&loaded.dataset));
        let view = RwSignal::new(initial);
        let (l, q) = (Arc::clone(&loaded), Arc::clone(&query));
        let visible = Memo::new(move |_| view.with(|v| q.visible(&l.dataset, &v.filters)));
        let q = Arc::clone(&query);
        let at = Memo::new(move |_| view.with(|v| q.range(&v.filters).1));
        Self {
            loaded,
            query,
            view,
            visible,
            at,
            open_places: RwSignal::new(Vec::new()),
        }
    }

    /// The record with this id.
    pub fn record(&self, id: &str) -> Option<&Record> {
        self.loaded.dataset.records.iter().find(|r| r.id == id)
    }

    /// Selects a record (or clears the selection).
    pub fn select(&self, id: Option<String>) {
        self.view.update(|v| v.selected = id);
    }
}
