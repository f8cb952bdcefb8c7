//! The category symbol as an inline SVG in a view (legend, card), matching the map markers.

use leptos::prelude::*;

use crate::model::Category;
use crate::symbols;

/// A small decorative symbol for `category`.
#[component]
pub fn Symbol(category: Category) -> impl IntoView {
    view! {
        <svg class="symbol" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path class="svc-symbol" d=symbols::path(category.shape) fill=category.color/>
        </svg>
    }
}
