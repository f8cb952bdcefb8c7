//! The page: loads the dataset once, then lays out the dashboard around one shared state.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::about::{About, Unmapped};
use super::card::RecordCard;
use super::downloads::Downloads;
use super::embed::FullMapLink;
use super::filters::FilterPanel;
use super::i18n::Lang;
use super::io::{
    after_paint, fetch_dataset, fetch_text, yield_to_browser, FetchError, CONFIG_URL, DATASET_URL,
};
use super::legend::Legend;
use super::list::RecordList;
use super::map_panel::{MapHost, MapPanel};
use super::map_panel::{MonthBadge, PlaceList};
use super::print::PrintSheet;
use super::problems::{DataNotes, LoadFailure};
use super::sources::SourcesPanel;
use super::state::{Prepared, Ui, ViewModel};
use super::stats::{StatsPanel, Summary};
use super::timeline::Timeline;
use super::toolbar::Toolbar;
use super::url_sync;
use crate::query::search::SearchIndex;
use crate::query::source::{classify, host, parse_config, Asked};
use crate::query::Query;
use crate::words::present;
use crate::words::text::Text;

/// Where the shown data comes from, for the notice near the title.
#[derive(Debug, Clone, Default)]
pub struct DataSource {
    /// Not the default dataset: a path on this site, or another site's host and the URL.
    pub shown: Option<Shown>,
    /// A `?data=` that was refused: what it asked (shortened) and why, in a sentence.
    pub refused: Option<(String, String)>,
    /// A `?tiles=` that was refused: the template (shortened) and why, in a sentence.
    pub tiles_refused: Option<(String, String)>,
}

/// Data other than the default dataset.
#[derive(Debug, Clone)]
pub enum Shown {
    /// A file on this site.
    Path(String),
    /// A file on another site that `config.json` allows.
    Site { host: String, url: String },
}

/// At most 80 characters of `text`, with "…" when cut.
fn shorten(text: &str) -> String {
    crate::model::cut(text, 80)
}

/// Decides what to load for `?data=`: the default dataset, a path on this site, or another
/// origin if this site's `config.json` lists it. A refused link makes no request to it.
async fn resolve(t: &'static Text, asked: Option<String>) -> (String, DataSource) {
    let Some(asked) = asked else {
        return (DATASET_URL.to_string(), DataSource::default());
    };
    let refuse = |why: String| {
        (
            DATASET_URL.to_string(),
            DataSource {
                shown: None,
                refused: Some((shorten(&asked), why)),
                tiles_refused: None,
            },
        )
    };
    match classify(&asked) {
        Asked::Path(path) => (
            path.clone(),
            DataSource {
                shown: Some(Shown::Path(path)),
                refused: None,
                tiles_refused: None,
            },
        ),
        Asked::Refused => refuse(t.data_rejected.to_string()),
        Asked::Other { url, origin } => {
            let not_allowed = || Text::fill(t.data_not_allowed, "host", host(&origin));
            match fetch_text(CONFIG_URL).await {
                Ok(text) => match parse_config(&text) {
                    Ok(config) if config.allows(&origin) => (
                        url.clone(),
                        DataSource {
                            shown: Some(Shown::Site {
                                host: host(&origin).to_string(),
                                url,
                            }),
                            refused: None,
                            tiles_refused: None,
                        },
                    ),
                    Ok(_) => refuse(not_allowed()),
                    Err(problems) => refuse(format!(
                        "{} ({})",
                        t.data_config_invalid,
                        problems.join("; ")
                    )),
                },
                Err(FetchError::Http { status: 404, .. }) => refuse(not_allowed()),
                Err(error) => refuse(format!(
                    "{} {}",
                    super::problems::fault_message(t, &error),
                    not_allowed()
                )),
            }
        }
    }
}

/// Whether a `?tiles=` may be used: a template Leaflet can fill, with a credit, on a server
/// the site's `config.json` lists. `None` when it may (or none was asked); else the template
/// (shortened) and why not, in a sentence. A refused template is never requested.
async fn check_tiles(t: &'static Text) -> Option<(String, String)> {
    let (template, by) = url_sync::asked_tiles()?;
    let refuse = |why: &str| Some((shorten(&template), Text::fill(t.tiles_refused, "why", why)));
    if let Err(rule) = crate::model::Tiles::new(&template, by.as_deref().unwrap_or("")) {
        return refuse(&rule.say(t.rules));
    }
    let config = fetch_text(CONFIG_URL)
        .await
        .ok()
        .map(|text| parse_config(&text));
    match config {
        Some(Ok(config)) if config.allows_tiles(&template) => None,
        Some(Err(_)) => refuse(t.data_config_invalid),
        _ => {
            let origin = crate::query::source::tile_origin(&template).unwrap_or_default();
            refuse(&Text::fill(t.tiles_not_allowed, "host", host(&origin)))
        }
    }
}

/// Where loading the dataset stands.
#[derive(Debug, Clone)]
enum LoadState {
    Loading,
    Failed(FetchError),
    Ready(Arc<Mutex<Option<Prepared>>>),
}

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let t = super::i18n::text();
    // The page speaks the reader's language from the start: while loading, and on failure.
    super::i18n::set_document_language(t);
    let state = RwSignal::new(LoadState::Loading);
    // Records read so far and in all; shown once loading takes more than half a second.
    let progress = RwSignal::new(None::<(usize, usize)>);
    let started = js_sys::Date::now();
    // `?data=` names another dataset (checked in `resolve`); the default one otherwise.
    let asked = url_sync::asked_data();
    let source = RwSignal::new(DataSource::default());
    provide_context(source);
    super::embed::start_auto_height();
    // Loads (again, after Retry) the dataset and prepares it.
    let load = move || {
        state.set(LoadState::Loading);
        progress.set(None);
        let asked = asked.clone();
        spawn_local(async move {
            // In an article, wait until the frame is near the reader before loading anything.
            super::embed::near_viewport().await;
            let (url, mut from) = resolve(t, asked).await;
            from.tiles_refused = check_tiles(t).await;
            source.set(from);
            let report = move |read, total| {
                if js_sys::Date::now() - started > 500.0 {
                    progress.set(Some((read, total)));
                }
            };
            state.set(match fetch_dataset(&url, report).await {
                Ok(loaded) => {
                    // The query keys and the cluster index, each in its own task. The
                    // search index and the list's sort names are made after the first
                    // markers are painted (see `Dashboard`), or on first use.
                    let query = Arc::new(Query::deferred(Arc::clone(&loaded)));
                    yield_to_browser().await;
                    let scene = crate::scene::Scene::new(&loaded.dataset);
                    yield_to_browser().await;
                    let prepared = Prepared {
                        loaded,
                        query,
                        scene,
                    };
                    LoadState::Ready(Arc::new(Mutex::new(Some(prepared))))
                }
                Err(error) => LoadState::Failed(error),
            });
        });
    };
    load();
    let retry = Callback::new(move |()| load());
    move || {
        match state.get() {
        LoadState::Loading => view! {
            <main class="page" aria-busy="true">
                // Until the data is here (in an article, until the frame is near the reader):
                // the page's title and a word on what is coming.
                <h1 class="placeholder-title">{web_sys::window().and_then(|w| w.document()).map(|d| d.title())}</h1>
                <p class="loading" data-testid="loading">{t.loading}</p>
                {move || progress.get().map(|(read, total)| view! {
                    <p class="loading-progress">
                        <progress data-testid="loading-progress" max=total.to_string() value=read.to_string()></progress>
                        " "{Text::fill(&Text::fill(t.loading_progress, "read", read), "total", total)}
                    </p>
                })}
            </main>
        }
        .into_any(),
        LoadState::Failed(error) => view! {
            <main class="page">
                <LoadFailure error=error retry=retry/>
            </main>
        }
        .into_any(),
        LoadState::Ready(prepared) => match prepared.lock().ok().and_then(|mut p| p.take()) {
            Some(prepared) => view! { <Dashboard prepared=prepared/> }.into_any(),
            None => ().into_any(),
        },
    }
    }
}

/// Where the data comes from when it is not the default dataset, or why a `?data=` was refused.
fn data_notice(t: &'static Text, source: DataSource) -> impl IntoView {
    let default_href = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let back = view! { <a href=default_href>{t.data_default}</a> };
    view! {
        {source.shown.map(|shown| match shown {
            Shown::Path(path) => view! {
                <p class="data-origin" data-testid="data-origin">
                    {t.data_from}" " <code>{path}</code>". "{back}
                </p>
            }.into_any(),
            Shown::Site { host, url } => view! {
                <p class="data-origin" data-testid="data-origin">
                    {t.data_from_site}" " <strong data-testid="data-host">{host}</strong>" (" <code>{shorten(&url)}</code>"). "{back}
                </p>
            }.into_any(),
        })}
        {refusal("data-rejected", source.refused)}
        {refusal("tiles-rejected", source.tiles_refused)}
    }
}

/// A refused `?data=` or `?tiles=`: why, then what the link asked for.
fn refusal(id: &'static str, refused: Option<(String, String)>) -> impl IntoView {
    refused.map(|(asked, why)| {
        view! {
            <p class="data-rejected" role="alert" data-testid=id>
                {why}" " <code>{asked}</code>
            </p>
        }
    })
}

/// Records folded into the search index per browser task after the first paint.
const SEARCH_BATCH: usize = 10_000;

/// The dashboard once a dataset is loaded.
#[component]
fn Dashboard(prepared: Prepared) -> impl IntoView {
    let loaded = Arc::clone(&prepared.loaded);
    let source = use_context::<RwSignal<DataSource>>()
        .map(|s| s.get_untracked())
        .unwrap_or_default();
    let mut initial = url_sync::initial(&loaded.dataset);
    // A refused `?data=` or `?tiles=` is not kept in the links the reader copies.
    if source.refused.is_some() {
        initial.data = None;
    }
    if source.tiles_refused.is_some() {
        initial.tiles = None;
    }
    let ctx = ViewModel::new(prepared, initial);
    provide_context(ctx.clone());
    url_sync::start(&ctx);
    let ui = Ui::new();
    provide_context(ui);
    super::embed::announce(&ctx, ui.playing);
    let (embed, still) = ctx.view.with_untracked(|v| (v.embed, v.look.still));
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force("is-embed", embed);
    }
    // The language: the link's, else the browser's, else English. A change builds the
    // worded parts again in the new language; the view-model (filters, selection, time,
    // camera) is kept, and so is the map, which words itself again (see `MapHost`).
    let view_signal = ctx.view;
    let lang = Memo::new(move |_| {
        view_signal
            .with(|v| v.lang.as_deref().and_then(Text::for_code))
            .or_else(super::i18n::browser_text)
            .unwrap_or(&crate::words::text::EN)
    });
    provide_context(Lang(lang));
    provide_context(MapHost::new(&ctx, ui, lang));
    let l = Arc::clone(&loaded);
    Effect::new(move |_| {
        let t = lang.get();
        super::i18n::set_document_language(t);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(l.dataset.title.get(t.lang));
        }
    });
    let list_mode = ui.list_mode;
    // What lies below the first view (the list, the statistics, the downloads, the sources and
    // the about text) is built once the map's first markers are painted, so they come sooner
    // and the two do not share one long task. The filters are built at once: outside checks
    // look for their inputs as soon as the map says how many records it draws.
    let below = RwSignal::new(false);
    let query = Arc::clone(&ctx.query);
    let data = Arc::clone(&ctx.loaded);
    spawn_local(async move {
        after_paint().await;
        // A still picture (`static=1`) needs neither: nothing on the map or its legend takes
        // a click, a key or the focus (the controls around it are hidden by the stylesheet).
        if still {
            if let Some(stage) = super::focus::find(".stage") {
                let _ = stage.set_attribute("inert", "");
            }
            return;
        }
        // The search index, a few thousand records per task. A search made meanwhile has
        // made it whole, and then this one is dropped.
        let records = data.dataset.records.len();
        let mut index = SearchIndex::places(&data.dataset);
        while index.records() < records && !query.search_ready() {
            let next = (index.records() + SEARCH_BATCH).min(records);
            index.add_records(&data.dataset, index.records()..next);
            yield_to_browser().await;
        }
        query.provide_search(index);
        query.prepare_sorting();
        yield_to_browser().await;
        below.set(true);
    });
    move || {
        let t = lang.get();
        let dataset = &loaded.dataset;
        let title = dataset.title.get(t.lang).to_string();
        let description = dataset.description.get(t.lang).to_string();
        let subhead = present::first_sentence(&description);
        let licence = dataset.licence.clone();
        let as_of = present::date(t, &dataset.as_of);
        let languages = crate::words::text::ALL
            .into_iter()
            .map(|option| {
                let code = option.lang;
                view! {
                    <button type="button" class="lang-button" lang=code data-lang=code
                        // The visible code starts the accessible name (WCAG label in name).
                        aria-label=format!("{} — {}", code.to_ascii_uppercase(), option.lang_name)
                        title=option.lang_name
                        aria-pressed=move || (lang.get().lang == code).to_string()
                        on:click=move |_| {
                            view_signal.update(|v| v.lang = Some(code.to_string()));
                            // The buttons are built again in the new language: focus stays
                            // on the one pressed.
                            request_animation_frame(move || {
                                if let Some(b) = super::focus::find(&format!(".lang-button[lang={code}]")) {
                                    super::focus::focus(&b);
                                }
                            });
                        }>
                        {code.to_ascii_uppercase()}
                    </button>
                }
            })
            .collect_view();
        view! {
            <a class="skip-link" href="#list" data-testid="skip-link">{t.skip_to_list}</a>
            <header class="masthead">
                <div class="masthead-top">
                    <h1 data-testid="title" title=title.clone()>{title.clone()}</h1>
                    <div class="languages" role="group" aria-label=t.language_label data-testid="languages">{languages}</div>
                </div>
                <p class="subhead"><span>{subhead}</span><a href="#about">{t.subhead_more}</a></p>
                <Summary/>
                {data_notice(t, source.clone())}
            </header>
            <DataNotes problems=loaded.problems.clone() left_out=true/>
            <DataNotes problems=loaded.flags.clone() left_out=false/>
            <main class="explorer" class:list-mode=move || list_mode.get()>
                <Toolbar/>
                <div class="stage">
                    <MapPanel/>
                    <MonthBadge/>
                    <super::change_caption::ChangeCaption/>
                    <super::no_match::NoMatch/>
                    <Legend/>
                    <RecordCard/>
                    <PlaceList/>
                </div>
                <Timeline/>
                <p class="source-line" data-testid="source-line">
                    {t.source_line}": "{title.clone()}", "{crate::words::text::lower_case(t.as_of)}" "{as_of}". "{t.licence}": "
                    {match licence.url {
                        Some(url) => view! { <a href=url target="_blank" rel="noopener noreferrer">{licence.name}</a> }.into_any(),
                        None => view! { <span>{licence.name}</span> }.into_any(),
                    }}
                    " · "<FullMapLink/>
                </p>
            </main>
            <PrintSheet/>
            <div class="details">
                <div class="details-main">
                    {move || below.get().then(|| view! { <RecordList/> })}
                </div>
                <aside class="details-side">
                    <FilterPanel/>
                    {move || below.get().then(|| view! {
                        <StatsPanel/>
                        <Downloads/>
                        <Unmapped/>
                        <SourcesPanel/>
                        <section class="about" id="about" aria-labelledby="about-title">
                            <h2 id="about-title">{t.about_title}</h2>
                            <p class="lede">{description.clone()}</p>
                            <About/>
                        </section>
                    })}
                </aside>
            </div>
        }
    }
}
