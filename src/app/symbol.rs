//! Category and family symbols as inline SVG in views (legend, chips, card), matching the map
//! markers.

use leptos::prelude::*;

use crate::geometry::symbols;
use crate::model::{Category, Family, Shape};

fn shape_svg(shape: Shape, color: String) -> impl IntoView {
    view! {
        <svg class="symbol" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <path class="svc-symbol" d=symbols::path(shape) fill=color.clone() color=color/>
        </svg>
    }
}

/// A small decorative symbol for `category`.
#[component]
pub fn Symbol(category: Category) -> impl IntoView {
    shape_svg(category.shape, category.color)
}

/// A small decorative symbol for a family of categories.
#[component]
pub fn FamilySymbol(family: Family) -> impl IntoView {
    shape_svg(family.shape, family.color)
}
