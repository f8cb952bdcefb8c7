//! The page: loads the dataset once, then lays out header, map, legend, card and context.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::about::{About, Unmapped};
use super::card::RecordCard;
use super::io::{fetch_dataset, FetchError, DATASET_URL};
use super::legend::Legend;
use super::map_panel::MapPanel;
use super::problems::{LeftOut, LoadFailure};
use crate::model::Loaded;
use crate::text::EN;

/// Where loading the dataset stands.
#[derive(Debug, Clone)]
enum LoadState {
    Loading,
    Failed(FetchError),
    Ready(Arc<Loaded>),
}

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let t = &EN;
    let state = RwSignal::new(LoadState::Loading);
    spawn_local(async move {
        state.set(match fetch_dataset(DATASET_URL).await {
            Ok(loaded) => LoadState::Ready(loaded),
            Err(error) => LoadState::Failed(error),
        });
    });
    move || match state.get() {
        LoadState::Loading => view! {
            <main class="page" aria-busy="true">
                <p class="loading" data-testid="loading">{t.loading}</p>
            </main>
        }
        .into_any(),
        LoadState::Failed(error) => view! {
            <main class="page">
                <LoadFailure error=error/>
            </main>
        }
        .into_any(),
        LoadState::Ready(loaded) => view! { <Dashboard loaded=loaded/> }.into_any(),
    }
}

/// The dashboard once a dataset is loaded.
#[component]
fn Dashboard(loaded: Arc<Loaded>) -> impl IntoView {
    let t = &EN;
    let selected = RwSignal::new(None::<String>);
    let dataset = &loaded.dataset;
    let title = dataset.title.get(t.lang).to_string();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&title);
    }
    view! {
        <header class="masthead">
            <h1 data-testid="title">{title}</h1>
            <p class="lede">{dataset.description.get(t.lang).to_string()}</p>
        </header>
        <LeftOut problems=loaded.problems.clone()/>
        <main class="layout">
            <section class="map-area">
                <MapPanel loaded=Arc::clone(&loaded) selected=selected/>
                <Legend loaded=Arc::clone(&loaded)/>
            </section>
            <section class="side">
                <RecordCard loaded=Arc::clone(&loaded) selected=selected/>
                <Unmapped loaded=Arc::clone(&loaded) selected=selected/>
                <About loaded=Arc::clone(&loaded)/>
            </section>
        </main>
    }
}
