//! Every interface string, in one place, so that translations (Azerbaijani, Russian) are a
//! new `Text` value and not a hunt through components.
//!
//! Dataset text (names, notes, category labels) is not here: it comes from the dataset.

/// The interface strings of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// BCP 47 code, set as `<html lang>`.
    pub lang: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub problems_intro: &'static str,
    pub left_out_intro: &'static str,
    pub and_more: &'static str,
    pub basemap_failed: &'static str,
    pub map_label: &'static str,
    pub map_failed: &'static str,
    pub legend_title: &'static str,
    pub not_mapped: &'static str,
    pub close: &'static str,
    pub category: &'static str,
    pub operator: &'static str,
    pub operator_not_named: &'static str,
    pub status: &'static str,
    pub history: &'static str,
    pub place: &'static str,
    pub location_precision: &'static str,
    pub notes: &'static str,
    pub sources: &'static str,
    pub as_of: &'static str,
    pub licence: &'static str,
    pub context_title: &'static str,
    pub records_shown: &'static str,
    pub panic_banner: &'static str,
    pub status_names: [&'static str; 3],
    pub location_precisions: [&'static str; 4],
    pub months: [&'static str; 12],
    pub date_unknown: &'static str,
    pub about: &'static str,
    pub on_day: &'static str,
    pub in_period: &'static str,
    pub by_date: &'static str,
    pub precision_suffix: [&'static str; 3],
}

/// English.
pub const EN: Text = Text {
    lang: "en",
    loading: "Loading the dataset…",
    load_failed: "The dataset could not be loaded",
    problems_intro: "Problems found:",
    left_out_intro: "Some records were left out because they break the dataset rules:",
    and_more: "and {n} more",
    basemap_failed: "The background map could not be loaded; the markers are still placed correctly.",
    map_label: "Map of services. Markers can be reached with the Tab key; press Enter to open one.",
    map_failed: "The map could not be started",
    legend_title: "Legend",
    not_mapped: "{n} records have no coordinates and are not drawn on the map.",
    close: "Close",
    category: "Category",
    operator: "Operator",
    operator_not_named: "Not named in the sources",
    status: "Status",
    history: "History",
    place: "Place",
    location_precision: "Location precision",
    notes: "Notes",
    sources: "Sources",
    as_of: "Data as of",
    licence: "Licence",
    context_title: "Context",
    records_shown: "{n} of {total} records on the map",
    panic_banner: "Something went wrong inside the dashboard and it stopped. Reloading the page may help. Details:",
    status_names: ["Planned", "Opened", "Closed"],
    location_precisions: [
        "exact site",
        "town or village centre",
        "district (shown at its main town)",
        "unknown (not on the map)",
    ],
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    date_unknown: "date not given",
    about: "about",
    on_day: "on",
    in_period: "in",
    by_date: "on or before (first reported)",
    precision_suffix: ["precise to the day", "precise to the month", "precise to the year"],
};

impl Text {
    /// Replaces `{name}` in a template with `value`.
    pub fn fill(template: &str, name: &str, value: impl std::fmt::Display) -> String {
        template.replace(&format!("{{{name}}}"), &value.to_string())
    }
}
