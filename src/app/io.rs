//! All network I/O of the app: fetching the dataset and the basemap, with errors a reader can
//! act on (which file, what went wrong).

use std::sync::Arc;

use gloo_net::http::Request;

use crate::model::{load, LoadError, Loaded};

/// Where the default dataset lives, relative to the page so any sub-path works.
pub const DATASET_URL: &str = "data/dataset.json";
/// Where the bundled basemap lives, relative to the page.
pub const BASEMAP_URL: &str = "basemap/caucasus.geojson";

/// Why a file could not be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// No answer at all (offline, blocked, CORS).
    #[error("{url} could not be fetched: {message}")]
    Network { url: String, message: String },
    /// The server answered with an error status.
    #[error("{url} could not be fetched: the server answered HTTP {status}")]
    Http { url: String, status: u16 },
    /// The file arrived but is not a usable dataset.
    #[error("{url} is not a usable dataset: {error}")]
    Dataset { url: String, error: LoadError },
}

/// Fetches a text file.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let network = |e: gloo_net::Error| FetchError::Network {
        url: url.to_string(),
        message: e.to_string(),
    };
    let response = Request::get(url).send().await.map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    response.text().await.map_err(network)
}

/// Fetches and checks a dataset.
pub async fn fetch_dataset(url: &str) -> Result<Arc<Loaded>, FetchError> {
    let text = fetch_text(url).await?;
    load(&text)
        .map(Arc::new)
        .map_err(|error| FetchError::Dataset {
            url: url.to_string(),
            error,
        })
}
