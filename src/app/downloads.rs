//! Downloads of the records in view, as CSV and GeoJSON, named for the dataset and the date.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::state::ViewModel;
use crate::convert::Format;
use crate::model::Dataset;
use crate::words::present;

/// Today's date in the reader's time zone, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Hands `text` to the browser as a file download.
fn save(text: &str, name: &str, mime: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Saves a PNG of what the reader sees at `scale` pixels per CSS pixel, named `name`. The
/// drawing is `snapshot.js`, which the page does not carry: each request adds it, with its
/// scale and name, and it draws once it has run (the browser keeps it after the first time).
fn save_image(scale: u32, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) else {
        return;
    };
    for (key, value) in [
        ("src", "snapshot.js"),
        ("data-scale", &scale.to_string()),
        ("data-name", name),
    ] {
        let _ = script.set_attribute(key, value);
    }
    let _ = head.append_child(&script);
}

/// The download buttons.
#[component]
pub fn Downloads() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let c = ctx.clone();
    let title = ctx.loaded.dataset.title.get(t.lang).to_string();
    // Only the records in view are copied, and only when the reader asks.
    let download = move |format: Format| {
        let d = c.evaluation.with_untracked(|e| Dataset {
            records: e
                .visible
                .iter()
                .map(|&i| c.loaded.dataset.records[i].clone())
                .collect(),
            ..c.loaded.dataset.without_records()
        });
        let name = present::download_name(&title, &today(), format.extension());
        if let Err(e) = save(&format.export(&d), &name, format.mime()) {
            web_sys::console::error_2(&"download failed".into(), &e);
        }
    };
    let d2 = download.clone();
    let (at, title) = (ctx.at, ctx.loaded.dataset.title.get(t.lang).to_string());
    let image = move |scale: u32| {
        let month = at.get_untracked().to_string();
        save_image(scale, &present::download_name(&title, &month, "png"));
    };
    let count = move || ctx.evaluation.with(|e| e.visible.len());
    view! {
        <section class="downloads" data-testid="downloads">
            <h2>{t.download_title}" ("{count}")"</h2>
            <button type="button" data-testid="download-csv" on:click=move |_| download(Format::Csv)>{t.download_csv}</button>
            " "
            <button type="button" data-testid="download-geojson" on:click=move |_| d2(Format::GeoJson)>{t.download_geojson}</button>
            " "
            <button type="button" data-testid="download-image" on:click={
                let image = image.clone();
                move |_| image(1)
            }>{t.download_image[0]}</button>
            " "
            <button type="button" data-testid="download-image-2x" on:click=move |_| image(2)>{t.download_image[1]}</button>
        </section>
    }
}
