//! All network I/O of the app: fetching the dataset and the basemap, with errors a reader can
//! act on (which file, what went wrong).

use std::sync::Arc;

use gloo_net::http::Request;

use crate::model::{begin, load, split, LoadError, Loaded};

/// Where the default dataset lives, relative to the page so any sub-path works.
pub const DATASET_URL: &str = "data/dataset.json";
/// Where the bundled basemap lives, relative to the page.
pub const BASEMAP_URL: &str = "basemap/caucasus.geojson";
/// The site's own settings (which other origins `?data=` may load from), next to the page.
pub const CONFIG_URL: &str = "config.json";
/// The coarse world outlines around the region, under the region's; the file's `bbox` says
/// which box they cover.
pub const NEAR_URL: &str = "basemap/near.geojson";
/// The coarse world outlines beyond that box, loaded only when a view leaves it.
pub const WORLD_URL: &str = "basemap/world.geojson";
/// Country, city and river names with their priorities.
pub const LABELS_URL: &str = "basemap/labels.json";

/// How long the server may take to start answering before the reader is told, and offered
/// Retry.
pub const TIMEOUT_SECONDS: u32 = 15;
/// How long the body may then take: a large dataset on a slow connection is not cut off.
pub const BODY_TIMEOUT_SECONDS: u32 = 120;

/// Why a file could not be used. Each has its own sentence for readers
/// (`problems::fault_message`) and the dashboard offers Retry for all of them.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// The browser says it has no network.
    #[error("{url} could not be fetched: the device is offline")]
    Offline { url: String },
    /// No answer at all (the server is unreachable, or the request was blocked).
    #[error("{url} could not be fetched: {message}")]
    Network { url: String, message: String },
    /// No answer within [`TIMEOUT_SECONDS`], or no whole body within
    /// [`BODY_TIMEOUT_SECONDS`] more.
    #[error("{url} did not arrive within {seconds} seconds")]
    Timeout { url: String, seconds: u32 },
    /// The server answered with an error status.
    #[error("{url} could not be fetched: the server answered HTTP {status}")]
    Http { url: String, status: u16 },
    /// The answer had no content.
    #[error("{url} arrived empty")]
    Empty { url: String },
    /// The answer is a web page (or another type), not JSON: typically a host's fallback page
    /// for a missing file.
    #[error("{url} is {content_type}, not JSON")]
    NotJson { url: String, content_type: String },
    /// The file arrived but is not a usable dataset.
    #[error("{url} is not a usable dataset: {error}")]
    Dataset { url: String, error: LoadError },
}

impl FetchError {
    /// The address that failed.
    pub fn url(&self) -> &str {
        match self {
            FetchError::Offline { url }
            | FetchError::Network { url, .. }
            | FetchError::Timeout { url, .. }
            | FetchError::Http { url, .. }
            | FetchError::Empty { url }
            | FetchError::NotJson { url, .. }
            | FetchError::Dataset { url, .. } => url,
        }
    }
}

/// Fetches a text file, giving up when the server has not started answering within
/// [`TIMEOUT_SECONDS`], or the body has not arrived [`BODY_TIMEOUT_SECONDS`] after that.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let arm = |seconds: u32| {
        controller.clone().and_then(|c| {
            leptos::prelude::set_timeout_with_handle(
                move || c.abort(),
                std::time::Duration::from_secs(seconds.into()),
            )
            .ok()
        })
    };
    let limit = std::cell::Cell::new(TIMEOUT_SECONDS);
    let timer = std::cell::Cell::new(arm(TIMEOUT_SECONDS));
    let failed = |e: gloo_net::Error| {
        let url = url.to_string();
        if signal.as_ref().is_some_and(web_sys::AbortSignal::aborted) {
            FetchError::Timeout {
                url,
                seconds: limit.get(),
            }
        } else if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
            FetchError::Offline { url }
        } else {
            FetchError::Network {
                url,
                message: e.to_string(),
            }
        }
    };
    let answer = async {
        let response = Request::get(url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(failed)?;
        if !response.ok() {
            return Err(FetchError::Http {
                url: url.to_string(),
                status: response.status(),
            });
        }
        // The server answers: the body gets its own, longer limit.
        if let Some(first) = timer.take() {
            first.clear();
        }
        limit.set(BODY_TIMEOUT_SECONDS);
        timer.set(arm(BODY_TIMEOUT_SECONDS));
        let content_type = response.headers().get("content-type").unwrap_or_default();
        // The bytes, decoded here: `text()` would decode them to a JS string that is then
        // encoded back into the wasm memory, a cost that grows with the file.
        let text = crate::model::decode_utf8(response.binary().await.map_err(failed)?);
        Ok((content_type, text))
    }
    .await;
    if let Some(timer) = timer.take() {
        timer.clear();
    }
    let (content_type, text) = answer?;
    let before = crate::model::unparsed(&text);
    if before == Some(crate::model::Unparsed::Empty) {
        return Err(FetchError::Empty {
            url: url.to_string(),
        });
    }
    if content_type.contains("html") || before.is_some() {
        let shown = content_type.split(';').next().unwrap_or("").trim();
        return Err(FetchError::NotJson {
            url: url.to_string(),
            // The type the server named when it names HTML; "HTML" for an HTML body it
            // called something else.
            content_type: if shown.contains("html") {
                shown
            } else {
                "HTML"
            }
            .to_string(),
        });
    }
    Ok(text)
}

/// Records read between two yields to the browser: small enough that no task blocks the
/// page for long (larger batches measured worse for memory and the longest task), large
/// enough that yielding costs little.
const BATCH: usize = 2_000;

/// Lets the browser paint and handle input: resolves on the next macrotask. A message on a
/// `MessageChannel`, not `setTimeout(0)`, which browsers clamp to 4 ms once timers nest.
pub async fn yield_to_browser() {
    // Kept alive across the await, so its ports cannot be collected before the message.
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _| match &channel {
        Some(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        }
        None => {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    drop(channel);
}

/// Resolves once the browser has painted the next frame: on the first macrotask after the next
/// animation frame. Where frames do not come (a hidden tab, a frame far out of view), after
/// 100 ms at most, so nothing waits on a paint that is not coming.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            return;
        };
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    yield_to_browser().await;
}

/// Fetches and checks a dataset, reading its records in batches and yielding to the browser
/// between them; `progress(read, total)` is told after each batch.
pub async fn fetch_dataset(
    url: &str,
    progress: impl Fn(usize, usize),
) -> Result<Arc<Loaded>, FetchError> {
    let text = fetch_text(url).await?;
    // Unpaired surrogate escapes become U+FFFD (flagged per record) instead of failing the file.
    let text = match crate::model::load::repair_surrogates(&text) {
        std::borrow::Cow::Owned(repaired) => repaired,
        std::borrow::Cow::Borrowed(_) => text,
    };
    let damaged = text.contains('\u{FFFD}');
    let invalid = |error| FetchError::Dataset {
        url: url.to_string(),
        error,
    };
    yield_to_browser().await;
    // A file that is not an object with a records array is read at once, which words the
    // error with line and column.
    // The records stay in the text (borrowed) until read, so the text is kept to the end.
    let Some(parts) = split(&text) else {
        return load(&text).map(Arc::new).map_err(invalid);
    };
    let total = parts.records.len();
    let (mut loading, _) = begin(&parts.root).map_err(invalid)?;
    loading.check_damage = damaged;
    loading.reserve(total);
    drop(parts.root);
    for chunk in parts.records.chunks(BATCH) {
        yield_to_browser().await;
        for raw in chunk {
            loading.add_raw(raw);
        }
        progress(loading.read(), total);
    }
    yield_to_browser().await;
    Ok(Arc::new(loading.finish()))
}
