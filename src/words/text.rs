//! Every interface string in English, Azerbaijani (Latin script) and Russian: one `Text`
//! value per language, chosen at run time (`?lang=`, the switcher, or the browser's language).
//! Plain tables were chosen over `leptos_i18n`: the strings are `&'static str` in the wasm's
//! data section and the lookup is a field access, with no macro-generated code per key (see
//! docs/languages-and-accessibility.md).
//!
//! Dataset text (names, notes, category labels) is not here: it comes from the dataset, in the
//! chosen language where it has one.

use crate::model::PerStatus;

/// The interface strings of one language. Each field is named for where its string appears;
/// `{n}`-style placeholders are filled by [`Text::fill`] and [`Text::count`].
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Text {
    /// BCP 47 code, set as `<html lang>`.
    pub lang: &'static str,
    pub loading: &'static str,
    /// Progress while a large dataset is read: `{read}` of `{total}` records.
    pub loading_progress: &'static str,
    pub load_failed: &'static str,
    pub problems_intro: &'static str,
    pub left_out_intro: &'static str,
    pub and_more: &'static str,
    pub basemap_failed: &'static str,
    pub map_label: &'static str,
    pub map_failed: &'static str,
    pub legend_title: &'static str,
    pub not_mapped: [&'static str; 3],
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
    pub panic_banner: &'static str,
    pub status_names: PerStatus<&'static str>,
    pub location_precisions: [&'static str; 5],
    /// Short month names for "Nov 2025".
    pub months: [&'static str; 12],
    /// Short month names after a day: "12 Feb 2021", "12 февр. 2021".
    pub months_day: [&'static str; 12],
    pub date_unknown: &'static str,
    /// Plural forms: one, few, many (see [`Text::count`]).
    pub summary_open: [&'static str; 3],
    pub summary_planned: [&'static str; 3],
    pub summary_open_short: [&'static str; 3],
    pub summary_closed: [&'static str; 3],
    pub summary_towns: [&'static str; 3],
    pub summary_as_of: &'static str,
    pub filters_title: &'static str,
    pub filter_category: &'static str,
    pub filter_operator: &'static str,
    pub filter_status: &'static str,
    pub filter_district: &'static str,
    pub not_named: &'static str,
    pub reset: &'static str,
    pub search_label: &'static str,
    pub timeline_title: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub play: &'static str,
    pub pause: &'static str,
    pub histogram_label: &'static str,
    pub year_only: &'static str,
    pub undated: &'static str,
    pub list_title: &'static str,
    pub col_name: &'static str,
    pub col_category: &'static str,
    pub col_town: &'static str,
    pub col_status: &'static str,
    pub col_date: &'static str,
    pub stats_title: &'static str,
    pub cluster_label: [&'static str; 3],
    /// A cluster holding several places, named by its biggest (`{place}`) and how many others
    /// (`{n}`).
    pub cluster_nearby: [&'static str; 3],
    pub no_results: &'static str,
    /// Over the map when a search matches nothing (`{q}`: the search).
    pub nothing_found: &'static str,
    /// The button that empties the search.
    pub clear_search: &'static str,
    pub not_yet: &'static str,
    pub report_correction: &'static str,
    pub no_corrections: &'static str,
    pub download_title: &'static str,
    pub download_csv: &'static str,
    pub download_geojson: &'static str,
    pub months_long: [&'static str; 12],
    /// Full month names after a day (genitive in Russian: "12 февраля 2021").
    pub months_long_day: [&'static str; 12],
    /// Thousands separator in figures.
    pub group_sep: &'static str,
    /// The language's own name, on the switcher.
    pub lang_name: &'static str,
    pub language_label: &'static str,
    pub skip_to_list: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub attribution_outlines: &'static str,
    /// "{status} by {date}", around, on (a day), in (a month or year).
    pub card_change: [&'static str; 4],
    pub card_known: [&'static str; 3],
    pub card_first_reported: &'static str,
    pub card_approximate: &'static str,
    pub summary_since: &'static str,
    /// Play's caption for a month's first change (`{month}`, `{name}`, `{place}`, `{status}`).
    pub change_caption: &'static str,
    /// After the caption, how many more changed (`{n}`).
    pub change_more: &'static str,
    /// The speed button's name (its text is `1×`, `2×` or `4×`).
    pub play_speed: &'static str,
    /// The button that fits the map to every record again.
    pub whole_region: &'static str,
    /// The scale bar's units: kilometres, metres.
    pub unit_km: &'static str,
    /// See `unit_km`.
    pub unit_m: &'static str,
    /// A record's place on its card: `{town}` in `{district}`.
    pub card_place_in_district: &'static str,
    /// After the summary, the records a search found only in their notes (`{n}`).
    pub summary_mentioned: &'static str,
    pub subhead_more: &'static str,
    pub about_title: &'static str,
    pub filters_button: &'static str,
    pub filters_close: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub view_switch: &'static str,
    pub view_map: &'static str,
    pub view_list: &'static str,
    pub mentioned_in_notes: &'static str,
    pub legend_status: &'static str,
    pub legend_status_names: PerStatus<&'static str>,
    pub legend_cluster: &'static str,
    pub range_mode: &'static str,
    pub step_back: &'static str,
    pub step_forward: &'static str,
    pub histogram_key: PerStatus<&'static str>,
    pub search_example: &'static str,
    pub status_chip_label: &'static str,
    pub family_chips_label: &'static str,
    pub quick_filters: &'static str,
    pub spider_more: [&'static str; 3],
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub embed_width: &'static str,
    pub embed_full_width: &'static str,
    pub embed_copy: &'static str,
    pub open_full_map: &'static str,
    pub wheel_hint: &'static str,
    pub touch_hint: &'static str,
    pub source_line: &'static str,
    pub data_from: &'static str,
    pub data_default: &'static str,
    pub data_rejected: &'static str,
    /// The device is offline: `{url}`.
    pub fault_offline: &'static str,
    /// The request failed: `{url}`, the browser's `{message}`.
    pub fault_network: &'static str,
    /// No answer in time: `{url}`, `{seconds}`.
    pub fault_timeout: &'static str,
    /// HTTP 404: `{url}`.
    pub fault_not_found: &'static str,
    /// HTTP 5xx: `{url}`, `{status}`.
    pub fault_server: &'static str,
    /// Another HTTP error: `{url}`, `{status}`.
    pub fault_http: &'static str,
    /// An empty body: `{url}`.
    pub fault_empty: &'static str,
    /// A page or other type in place of JSON: `{url}`, `{type}`.
    pub fault_not_json: &'static str,
    /// JSON that stops early: `{url}`, `{line}`.
    pub fault_truncated: &'static str,
    /// Not JSON: `{url}`, `{line}`, `{column}`, the parser's `{message}`.
    pub fault_syntax: &'static str,
    /// Metadata or categories break rules: `{url}`.
    pub fault_invalid: &'static str,
    /// The button that loads the dataset again.
    pub retry: &'static str,
    /// A plan dated after the dataset's as-of date: `{date}` is its target, never in effect.
    pub card_planned_for: &'static str,
    /// Above the list of records that are drawn but need a check.
    pub flagged_intro: &'static str,
    /// The search box inside a long filter group.
    pub facet_find: &'static str,
    /// Shows more choices of a long filter group; `{n}` are not shown yet.
    pub facet_more: &'static str,
    /// The search inside a filter group found nothing.
    pub facet_no_match: &'static str,
    /// Before the other site's host, when `?data=` loads from an allowed origin.
    pub data_from_site: &'static str,
    /// A `?data=` from `{host}`, which the site's config.json does not list.
    pub data_not_allowed: &'static str,
    /// The site's config.json is broken; its problems follow.
    pub data_config_invalid: &'static str,
    /// Lists every remaining problem (`{n}` of them) beyond the first hundred.
    pub show_all_problems: &'static str,
    /// Lists an outlet's remaining records (`{n}` of them) in the Sources view.
    pub show_rest_records: &'static str,
    /// The dataset's own metadata, as the subject of a problem.
    pub problem_dataset: &'static str,
    /// Before a field's path in a problem.
    pub problem_field: &'static str,
    /// Heading of the list of outlets the records cite.
    pub sources_title: &'static str,
    /// Above the list of outlets.
    pub sources_intro: &'static str,
    /// How many records rest on an outlet: one, few, many forms, with `{n}`.
    pub sources_records: [&'static str; 3],
    /// Card: the label of a temporary event's days.
    pub card_held: &'static str,
    /// Card: a temporary event whose days no source gives.
    pub held_not_stated: &'static str,
    /// Card: a temporary event with only its first day known; {date}.
    pub held_from: &'static str,
    /// Card: a temporary event with only its last day known; {date}.
    pub held_until: &'static str,
    /// Card: why a one-off event whose last day has passed shows as closed.
    pub held_over: &'static str,
}

/// English.
pub const EN: Text = Text {
    lang: "en",
    loading: "Loading the dataset…",
    loading_progress: "{read} of {total} records read…",
    load_failed: "The dataset could not be loaded",
    problems_intro: "Problems found:",
    left_out_intro: "Some records were left out because they break the dataset rules:",
    and_more: "and {n} more",
    basemap_failed: "The background map could not be loaded; the markers are still placed correctly.",
    map_label: "Map of services. Markers can be reached with the Tab key; press Enter to open one. The same records are in the list below the map.",
    map_failed: "The map could not be started",
    legend_title: "Legend",
    not_mapped: [
        "{n} record has no coordinates and is not drawn on the map.",
        "{n} records have no coordinates and are not drawn on the map.",
        "{n} records have no coordinates and are not drawn on the map.",
    ],
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
    panic_banner: "Something went wrong inside the dashboard and it stopped. Reloading the page may help. Details:",
    status_names: PerStatus(["Planned", "Opened", "Closed"]),
    location_precisions: [
        "exact site",
        "town or village centre",
        "district (shown at its main town)",
        "unknown (not on the map)",
        "probable town only (the source says \u{201c}probably\u{201d}; shown at its centre)",
    ],
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months_day: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    date_unknown: "date not given",
    summary_open: ["{n} service open", "{n} services open", "{n} services open"],
    summary_planned: ["{n} planned", "{n} planned", "{n} planned"],
    summary_open_short: ["{n} open", "{n} open", "{n} open"],
    summary_closed: ["{n} closed", "{n} closed", "{n} closed"],
    summary_towns: ["in {n} town", "in {n} towns", "in {n} towns"],
    summary_as_of: "as of {date}",
    filters_title: "Filters",
    filter_category: "Category",
    filter_operator: "Operator",
    filter_status: "Status",
    filter_district: "District",
    not_named: "Not named",
    reset: "Reset all",
    search_label: "Search names, operators, towns and notes",
    timeline_title: "Time",
    from: "From",
    to: "Status as of",
    play: "Play month by month",
    pause: "Pause",
    histogram_label: "Openings per month among the records the filters leave",
    year_only: "known only to the year",
    undated: "undated",
    list_title: "Records",
    col_name: "Name",
    col_category: "Category",
    col_town: "Town",
    col_status: "Status",
    col_date: "Latest change",
    stats_title: "In this view",
    cluster_label: [
        "{n} record here: {parts}. Press Enter to open.",
        "{n} records here: {parts}. Press Enter to open.",
        "{n} records here: {parts}. Press Enter to open.",
    ],
    cluster_nearby: [
        "{place} + {n} place nearby",
        "{place} + {n} places nearby",
        "{place} + {n} places nearby",
    ],
    no_results: "No record matches these filters.",
    nothing_found: "Nothing found for “{q}”.",
    clear_search: "Clear search",
    not_yet: "Not yet reported at this date",
    report_correction: "Report a correction",
    no_corrections: "This dataset names no address for corrections.",
    download_title: "Download the records in view",
    download_csv: "CSV",
    download_geojson: "GeoJSON",
    months_long: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    months_long_day: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    group_sep: ",",
    lang_name: "English",
    language_label: "Language",
    skip_to_list: "Skip to the list",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    attribution_outlines: "Outlines: Natural Earth",
    card_change: ["{status} by {date}", "{status} around {date}", "{status} on {date}", "{status} in {date}"],
    card_known: ["day known", "month known", "year known"],
    card_first_reported: "first reported then",
    card_approximate: "approximate",
    summary_since: "Since {date}: ",
    change_caption: "{month}: {name}, {place} — {status}",
    change_more: "; +{n} more",
    play_speed: "Speed",
    whole_region: "Whole region",
    unit_km: "km",
    unit_m: "m",
    card_place_in_district: "{town}, {district} district",
    summary_mentioned: "; +{n} mentioned in notes",
    subhead_more: "More about this map",
    about_title: "About this map",
    filters_button: "Filters",
    filters_close: "Done",
    copy_link: "Copy link",
    copied: "Copied",
    copy_failed: "Copy the address from the address bar",
    view_switch: "Show",
    view_map: "Map",
    view_list: "List",
    mentioned_in_notes: "mentioned in notes",
    legend_status: "Status",
    legend_status_names: PerStatus(["Planned (outline)", "Open (filled)", "Closed (crossed)"]),
    legend_cluster: "Circles group records: outer ring by kind, inner ring solid for open, outlined for planned.",
    range_mode: "Only changes since…",
    step_back: "Previous month",
    step_forward: "Next month",
    histogram_key: PerStatus(["planned", "opened", "closed"]),
    search_example: "Search, e.g. {examples}",
    status_chip_label: "Status",
    family_chips_label: "Kinds of service",
    quick_filters: "Quick filters",
    spider_more: [
        "{n} record at this place",
        "{n} records at this place",
        "{n} records at this place",
    ],
    embed: "Embed",
    embed_title: "Embed this view",
    embed_help: "Paste this into your article. It shows exactly this view (filters, time, selection, map position). The script sizes the frame to its content; where scripts are stripped, the frame keeps a fixed shape and still shows the map.",
    embed_width: "Width",
    embed_full_width: "Column width",
    embed_copy: "Copy code",
    open_full_map: "Open the full map",
    wheel_hint: "Use Ctrl + scroll to zoom the map",
    touch_hint: "Use two fingers to move the map",
    source_line: "Source",
    data_from: "Not the default data: this map shows the file",
    data_default: "Show the default map",
    data_rejected: "This link asked for data from another site, which this page does not load. The default data is shown instead. The link asked for:",
    fault_offline: "This device seems to be offline, so {url} could not be fetched. Check the connection, then retry.",
    fault_network: "{url} could not be fetched: the request failed ({message}).",
    fault_timeout: "{url} did not arrive within {seconds} seconds. The server may be slow or down.",
    fault_not_found: "{url} was not found on the server (HTTP 404). Check the address.",
    fault_server: "The server failed while sending {url} (HTTP {status}). It may work again in a moment.",
    fault_http: "The server refused to send {url} (HTTP {status}).",
    fault_empty: "{url} arrived empty: the file has no content.",
    fault_not_json: "{url} is not a dataset: the server sent {type}, not JSON (often a web page in place of a missing file).",
    fault_truncated: "{url} ends early, at line {line}: the download was cut off or the file is incomplete.",
    fault_syntax: "{url} is not valid JSON at line {line}, column {column}: {message}.",
    fault_invalid: "{url}: the dataset's metadata or categories break its rules, so none of it can be shown.",
    retry: "Retry",
    card_planned_for: "Planned for {date} (a target date, not yet reached)",
    flagged_intro: "These records are on the map, but something in them needs a check:",
    facet_find: "Find in this list",
    facet_more: "Show more ({n} not shown)",
    facet_no_match: "Nothing matches",
    data_from_site: "Not the default data: this map shows data from another site,",
    data_not_allowed: "This site does not load data from {host} (it is not listed in the site's config.json), so the default data is shown instead. The link asked for:",
    data_config_invalid: "This site's config.json is invalid, so no other site's data is loaded and the default data is shown instead. The link asked for:",
    show_all_problems: "Show all {n} more here",
    show_rest_records: "Show all {n} more here",
    problem_dataset: "dataset",
    problem_field: "field",
    sources_title: "Sources",
    sources_intro: "Every outlet the records cite, with the records that rest on it. Open one to see them.",
    sources_records: ["{n} record", "{n} records", "{n} records"],
    card_held: "Days held (temporary)",
    held_not_stated: "not stated",
    held_from: "from {date}; the end is not stated",
    held_until: "until {date}; the start is not stated",
    held_over: "Over: shown as closed from the month after its last day.",
};

/// Azerbaijani (Latin script). Nouns do not change after a number, so every plural form is
/// the same.
pub const AZ: Text = Text {
    lang: "az",
    loading: "Məlumat yüklənir…",
    loading_progress: "{total} qeyddən {read} oxundu…",
    load_failed: "Məlumat faylını yükləmək mümkün olmadı",
    problems_intro: "Tapılan problemlər:",
    left_out_intro: "Bəzi qeydlər məlumat qaydalarını pozduğu üçün göstərilmir:",
    and_more: "və daha {n}",
    basemap_failed: "Fon xəritəsini yükləmək mümkün olmadı; markerlər yenə də düzgün yerdədir.",
    map_label: "Xidmətlərin xəritəsi. Markerlərə Tab düyməsi ilə keçmək olar; açmaq üçün Enter basın. Eyni qeydlər xəritənin altındakı siyahıdadır.",
    map_failed: "Xəritəni açmaq mümkün olmadı",
    legend_title: "Şərti işarələr",
    not_mapped: [
        "{n} qeydin koordinatı yoxdur və xəritədə göstərilmir.",
        "{n} qeydin koordinatı yoxdur və xəritədə göstərilmir.",
        "{n} qeydin koordinatı yoxdur və xəritədə göstərilmir.",
    ],
    close: "Bağla",
    category: "Kateqoriya",
    operator: "Operator",
    operator_not_named: "Mənbələrdə adı çəkilmir",
    status: "Vəziyyət",
    history: "Tarixçə",
    place: "Yer",
    location_precision: "Yerin dəqiqliyi",
    notes: "Qeydlər",
    sources: "Mənbələr",
    as_of: "Məlumatın tarixi",
    licence: "Lisenziya",
    context_title: "Kontekst",
    panic_banner: "Panelin daxilində xəta baş verdi və o dayandı. Səhifəni yeniləmək kömək edə bilər. Təfərrüat:",
    status_names: PerStatus(["Planlaşdırılıb", "Açılıb", "Bağlanıb"]),
    location_precisions: [
        "dəqiq yer",
        "şəhər və ya kənd mərkəzi",
        "rayon (mərkəzində göstərilir)",
        "məlum deyil (xəritədə yoxdur)",
        "yalnız ehtimal olunan şəhər (mənbə \u{201c}ehtimal ki\u{201d} deyir; mərkəzində göstərilir)",
    ],
    months: [
        "yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek",
    ],
    months_day: [
        "yan", "fev", "mar", "apr", "may", "iyn", "iyl", "avq", "sen", "okt", "noy", "dek",
    ],
    date_unknown: "tarix göstərilməyib",
    summary_open: ["{n} xidmət açıqdır", "{n} xidmət açıqdır", "{n} xidmət açıqdır"],
    summary_planned: ["{n} planlaşdırılıb", "{n} planlaşdırılıb", "{n} planlaşdırılıb"],
    summary_open_short: ["{n} açıq", "{n} açıq", "{n} açıq"],
    summary_closed: ["{n} bağlanıb", "{n} bağlanıb", "{n} bağlanıb"],
    summary_towns: ["{n} yaşayış məntəqəsində", "{n} yaşayış məntəqəsində", "{n} yaşayış məntəqəsində"],
    summary_as_of: "{date} tarixinə",
    filters_title: "Filtrlər",
    filter_category: "Kateqoriya",
    filter_operator: "Operator",
    filter_status: "Vəziyyət",
    filter_district: "Rayon",
    not_named: "Adı çəkilmir",
    reset: "Hamısını sıfırla",
    search_label: "Ad, operator, yaşayış məntəqəsi və qeydlərdə axtar",
    timeline_title: "Zaman",
    from: "Başlanğıc",
    to: "Vəziyyət tarixi",
    play: "Ay-ay göstər",
    pause: "Dayandır",
    histogram_label: "Filtrlərdən keçən qeydlər arasında aylar üzrə açılışlar",
    year_only: "yalnız ili məlumdur",
    undated: "tarixsiz",
    list_title: "Qeydlər",
    col_name: "Ad",
    col_category: "Kateqoriya",
    col_town: "Yaşayış məntəqəsi",
    col_status: "Vəziyyət",
    col_date: "Son dəyişiklik",
    stats_title: "Bu görünüşdə",
    cluster_label: [
        "Burada {n} qeyd: {parts}. Açmaq üçün Enter basın.",
        "Burada {n} qeyd: {parts}. Açmaq üçün Enter basın.",
        "Burada {n} qeyd: {parts}. Açmaq üçün Enter basın.",
    ],
    cluster_nearby: [
        "{place} və yaxınlıqda daha {n} yer",
        "{place} və yaxınlıqda daha {n} yer",
        "{place} və yaxınlıqda daha {n} yer",
    ],
    no_results: "Bu filtrlərə uyğun qeyd yoxdur.",
    nothing_found: "“{q}” üzrə heç nə tapılmadı.",
    clear_search: "Axtarışı təmizlə",
    not_yet: "Bu tarixdə hələ xəbər verilməyib",
    report_correction: "Düzəliş göndər",
    no_corrections: "Bu məlumat dəsti düzəlişlər üçün ünvan göstərmir.",
    download_title: "Görünən qeydləri yüklə",
    download_csv: "CSV",
    download_geojson: "GeoJSON",
    months_long: [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ],
    months_long_day: [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ],
    group_sep: ".",
    lang_name: "Azərbaycanca",
    language_label: "Dil",
    skip_to_list: "Siyahıya keç",
    zoom_in: "Yaxınlaşdır",
    zoom_out: "Uzaqlaşdır",
    attribution_outlines: "Sərhədlər: Natural Earth",
    card_change: ["{status}: ən gec {date}", "{status}: təxminən {date}", "{status}: {date}", "{status}: {date}"],
    card_known: ["günü məlumdur", "ayı məlumdur", "ili məlumdur"],
    card_first_reported: "ilk dəfə o zaman xəbər verilib",
    card_approximate: "təxmini",
    summary_since: "{date} tarixindən: ",
    change_caption: "{month}: {name}, {place} — {status}",
    change_more: "; daha {n}",
    play_speed: "Sürət",
    whole_region: "Bütün bölgə",
    unit_km: "km",
    unit_m: "m",
    card_place_in_district: "{town}, {district} rayonu",
    summary_mentioned: "; +{n} qeydlərdə adı çəkilir",
    subhead_more: "Xəritə haqqında ətraflı",
    about_title: "Bu xəritə haqqında",
    filters_button: "Filtrlər",
    filters_close: "Hazır",
    copy_link: "Linki kopyala",
    copied: "Kopyalandı",
    copy_failed: "Ünvanı ünvan sətrindən kopyalayın",
    view_switch: "Göstər",
    view_map: "Xəritə",
    view_list: "Siyahı",
    mentioned_in_notes: "qeydlərdə adı çəkilir",
    legend_status: "Vəziyyət",
    legend_status_names: PerStatus(["Planlaşdırılıb (kontur)", "Açıq (dolu)", "Bağlanıb (xətli)"]),
    legend_cluster: "Dairələr qeydləri qruplaşdırır: xarici halqa növə görə, daxili halqa açıqlar üçün dolu, planlaşdırılanlar üçün konturdur.",
    range_mode: "Yalnız bu tarixdən dəyişikliklər…",
    step_back: "Əvvəlki ay",
    step_forward: "Növbəti ay",
    histogram_key: PerStatus(["planlaşdırılıb", "açılıb", "bağlanıb"]),
    search_example: "Axtar, məs. {examples}",
    status_chip_label: "Vəziyyət",
    family_chips_label: "Xidmət növləri",
    quick_filters: "Sürətli filtrlər",
    spider_more: [
        "Bu yerdə {n} qeyd",
        "Bu yerdə {n} qeyd",
        "Bu yerdə {n} qeyd",
    ],
    embed: "Yerləşdir",
    embed_title: "Bu görünüşü yerləşdir",
    embed_help: "Bunu məqalənizə əlavə edin. O, məhz bu görünüşü göstərir (filtrlər, zaman, seçim, xəritənin mövqeyi). Skript çərçivənin hündürlüyünü məzmuna uyğunlaşdırır; skriptlər silinəndə çərçivə sabit formada qalır və xəritəni yenə göstərir.",
    embed_width: "En",
    embed_full_width: "Sütun eni",
    embed_copy: "Kodu kopyala",
    open_full_map: "Tam xəritəni aç",
    wheel_hint: "Xəritəni böyütmək üçün Ctrl + diyircəkdən istifadə edin",
    touch_hint: "Xəritəni hərəkət etdirmək üçün iki barmaqdan istifadə edin",
    source_line: "Mənbə",
    data_from: "Standart məlumat deyil: bu xəritə bu faylı göstərir",
    data_default: "Standart xəritəni göstər",
    data_rejected: "Bu link başqa saytdan məlumat istədi, bu səhifə isə onu yükləmir. Əvəzində standart məlumat göstərilir. Linkin istədiyi:",
    fault_offline: "Cihaz internetə qoşulmayıb, ona görə {url} yüklənmədi. Bağlantını yoxlayın və yenidən cəhd edin.",
    fault_network: "{url} yüklənmədi: sorğu alınmadı ({message}).",
    fault_timeout: "{url} {seconds} saniyə ərzində gəlmədi. Server yavaş işləyir və ya işləmir.",
    fault_not_found: "{url} serverdə tapılmadı (HTTP 404). Ünvanı yoxlayın.",
    fault_server: "{url} göndərilərkən serverdə xəta baş verdi (HTTP {status}). Bir azdan yenidən işləyə bilər.",
    fault_http: "Server {url} faylını göndərmədi (HTTP {status}).",
    fault_empty: "{url} boş gəldi: faylda heç nə yoxdur.",
    fault_not_json: "{url} məlumat faylı deyil: server JSON əvəzinə {type} göndərdi (adətən itkin faylın yerinə veb səhifə).",
    fault_truncated: "{url} vaxtından əvvəl bitir (sətir {line}): yükləmə kəsilib və ya fayl natamamdır.",
    fault_syntax: "{url} düzgün JSON deyil (sətir {line}, sütun {column}): {message}.",
    fault_invalid: "{url}: məlumat faylının metadatası və ya kateqoriyaları qaydaları pozur, ona görə heç nə göstərilə bilməz.",
    retry: "Yenidən cəhd et",
    card_planned_for: "{date} üçün planlaşdırılıb (hədəf tarix, hələ çatmayıb)",
    flagged_intro: "Bu qeydlər xəritədədir, lakin onlarda nəyisə yoxlamaq lazımdır:",
    facet_find: "Bu siyahıda axtar",
    facet_more: "Daha çox göstər (göstərilməyən: {n})",
    facet_no_match: "Uyğun gələn yoxdur",
    data_from_site: "Standart məlumat deyil: bu xəritə başqa saytın məlumatını göstərir:",
    data_not_allowed: "Bu sayt {host} ünvanından məlumat yükləmir (saytın config.json faylında yoxdur), ona görə standart məlumat göstərilir. Linkin istədiyi:",
    data_config_invalid: "Saytın config.json faylı yanlışdır, ona görə başqa saytın məlumatı yüklənmir və standart məlumat göstərilir. Linkin istədiyi:",
    show_all_problems: "Qalan {n} problemi burada göstər",
    show_rest_records: "Qalan {n} qeydi burada göstər",
    problem_dataset: "məlumat faylı",
    problem_field: "sahə",
    sources_title: "Mənbələr",
    sources_intro: "Qeydlərin istinad etdiyi bütün mənbələr və onlara əsaslanan qeydlər. Görmək üçün birini açın.",
    sources_records: ["{n} qeyd", "{n} qeyd", "{n} qeyd"],
    card_held: "Keçirildiyi günlər (müvəqqəti)",
    held_not_stated: "göstərilməyib",
    held_from: "{date} tarixindən; sonu göstərilməyib",
    held_until: "{date} tarixinədək; başlanğıcı göstərilməyib",
    held_over: "Başa çatıb: son günündən sonrakı aydan bağlı kimi göstərilir.",
};

/// Russian. Three plural forms: 1 сервис, 2 сервиса, 5 сервисов (see [`Text::count`]).
pub const RU: Text = Text {
    lang: "ru",
    loading: "Загрузка данных…",
    loading_progress: "Прочитано {read} из {total} записей…",
    load_failed: "Не удалось загрузить набор данных",
    problems_intro: "Найденные проблемы:",
    left_out_intro: "Некоторые записи не показаны, потому что нарушают правила набора данных:",
    and_more: "и ещё {n}",
    basemap_failed: "Не удалось загрузить фоновую карту; маркеры всё равно стоят на своих местах.",
    map_label: "Карта служб. До маркеров можно дойти клавишей Tab; нажмите Enter, чтобы открыть. Те же записи есть в списке под картой.",
    map_failed: "Не удалось запустить карту",
    legend_title: "Условные обозначения",
    not_mapped: [
        "У {n} записи нет координат, и она не показана на карте.",
        "У {n} записей нет координат, и они не показаны на карте.",
        "У {n} записей нет координат, и они не показаны на карте.",
    ],
    close: "Закрыть",
    category: "Категория",
    operator: "Оператор",
    operator_not_named: "В источниках не назван",
    status: "Статус",
    history: "История",
    place: "Место",
    location_precision: "Точность места",
    notes: "Примечания",
    sources: "Источники",
    as_of: "Данные на",
    licence: "Лицензия",
    context_title: "Контекст",
    panic_banner: "Внутри панели произошла ошибка, и она остановилась. Может помочь перезагрузка страницы. Подробности:",
    status_names: PerStatus(["Запланировано", "Открыто", "Закрыто"]),
    location_precisions: [
        "точное место",
        "центр города или села",
        "район (показан в его центре)",
        "неизвестно (нет на карте)",
        "только предположительно этот город (в источнике \u{ab}вероятно\u{bb}; показан в его центре)",
    ],
    months: [
        "янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.",
        "дек.",
    ],
    months_day: [
        "янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.",
        "дек.",
    ],
    date_unknown: "дата не указана",
    summary_open: ["{n} служба открыта", "{n} службы открыты", "{n} служб открыто"],
    summary_planned: ["{n} запланирована", "{n} запланированы", "{n} запланировано"],
    summary_open_short: ["{n} открыта", "{n} открыты", "{n} открыто"],
    summary_closed: ["{n} закрыта", "{n} закрыты", "{n} закрыто"],
    summary_towns: ["в {n} населённом пункте", "в {n} населённых пунктах", "в {n} населённых пунктах"],
    summary_as_of: "на {date}",
    filters_title: "Фильтры",
    filter_category: "Категория",
    filter_operator: "Оператор",
    filter_status: "Статус",
    filter_district: "Район",
    not_named: "Не назван",
    reset: "Сбросить всё",
    search_label: "Поиск по названиям, операторам, населённым пунктам и примечаниям",
    timeline_title: "Время",
    from: "С",
    to: "Статус на",
    play: "Показать по месяцам",
    pause: "Пауза",
    histogram_label: "Открытия по месяцам среди записей, оставленных фильтрами",
    year_only: "известен только год",
    undated: "без даты",
    list_title: "Записи",
    col_name: "Название",
    col_category: "Категория",
    col_town: "Населённый пункт",
    col_status: "Статус",
    col_date: "Последнее изменение",
    stats_title: "В этом виде",
    cluster_label: [
        "Здесь {n} запись: {parts}. Нажмите Enter, чтобы открыть.",
        "Здесь {n} записи: {parts}. Нажмите Enter, чтобы открыть.",
        "Здесь {n} записей: {parts}. Нажмите Enter, чтобы открыть.",
    ],
    cluster_nearby: [
        "{place} и ещё {n} место рядом",
        "{place} и ещё {n} места рядом",
        "{place} и ещё {n} мест рядом",
    ],
    no_results: "Ни одна запись не подходит под эти фильтры.",
    nothing_found: "По запросу «{q}» ничего не найдено.",
    clear_search: "Очистить поиск",
    not_yet: "На эту дату ещё не сообщалось",
    report_correction: "Сообщить об ошибке",
    no_corrections: "Этот набор данных не указывает адрес для исправлений.",
    download_title: "Скачать показанные записи",
    download_csv: "CSV",
    download_geojson: "GeoJSON",
    months_long: [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь",
    ],
    months_long_day: [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    ],
    group_sep: "\u{a0}",
    lang_name: "Русский",
    language_label: "Язык",
    skip_to_list: "Перейти к списку",
    zoom_in: "Приблизить",
    zoom_out: "Отдалить",
    attribution_outlines: "Границы: Natural Earth",
    card_change: ["{status}: не позднее {date}", "{status}: около {date}", "{status}: {date}", "{status}: {date}"],
    card_known: ["известен день", "известен месяц", "известен год"],
    card_first_reported: "тогда впервые сообщено",
    card_approximate: "приблизительно",
    summary_since: "С {date}: ",
    change_caption: "{month}: {name}, {place} — {status}",
    change_more: "; ещё {n}",
    play_speed: "Скорость",
    whole_region: "Весь регион",
    unit_km: "км",
    unit_m: "м",
    card_place_in_district: "{town}, район: {district}",
    summary_mentioned: "; в примечаниях упомянуто ещё {n}",
    subhead_more: "Подробнее о карте",
    about_title: "Об этой карте",
    filters_button: "Фильтры",
    filters_close: "Готово",
    copy_link: "Копировать ссылку",
    copied: "Скопировано",
    copy_failed: "Скопируйте адрес из адресной строки",
    view_switch: "Показать",
    view_map: "Карта",
    view_list: "Список",
    mentioned_in_notes: "упоминается в примечаниях",
    legend_status: "Статус",
    legend_status_names: PerStatus(["Запланировано (контур)", "Открыто (заливка)", "Закрыто (перечёркнуто)"]),
    legend_cluster: "Круги объединяют записи: внешнее кольцо — по видам, внутреннее — сплошное для открытых, контурное для запланированных.",
    range_mode: "Только изменения с…",
    step_back: "Предыдущий месяц",
    step_forward: "Следующий месяц",
    histogram_key: PerStatus(["запланировано", "открыто", "закрыто"]),
    search_example: "Поиск, например {examples}",
    status_chip_label: "Статус",
    family_chips_label: "Виды услуг",
    quick_filters: "Быстрые фильтры",
    spider_more: [
        "{n} запись в этом месте",
        "{n} записи в этом месте",
        "{n} записей в этом месте",
    ],
    embed: "Встроить",
    embed_title: "Встроить этот вид",
    embed_help: "Вставьте это в статью. Показывается именно этот вид (фильтры, время, выбор, положение карты). Скрипт подгоняет высоту рамки под содержимое; где скрипты удаляются, рамка сохраняет постоянную форму и всё равно показывает карту.",
    embed_width: "Ширина",
    embed_full_width: "Ширина колонки",
    embed_copy: "Копировать код",
    open_full_map: "Открыть полную карту",
    wheel_hint: "Чтобы масштабировать карту, используйте Ctrl + колесо",
    touch_hint: "Чтобы двигать карту, используйте два пальца",
    source_line: "Источник",
    data_from: "Не основные данные: карта показывает файл",
    data_default: "Показать основную карту",
    data_rejected: "Эта ссылка запросила данные с другого сайта, которые эта страница не загружает. Вместо них показаны основные данные. Ссылка запросила:",
    fault_offline: "Похоже, устройство не подключено к интернету, поэтому {url} не загружен. Проверьте соединение и повторите.",
    fault_network: "Не удалось загрузить {url}: запрос не выполнен ({message}).",
    fault_timeout: "{url} не получен за {seconds} секунд. Сервер медленно отвечает или недоступен.",
    fault_not_found: "{url} не найден на сервере (HTTP 404). Проверьте адрес.",
    fault_server: "Сервер выдал ошибку при отправке {url} (HTTP {status}). Возможно, скоро всё снова заработает.",
    fault_http: "Сервер отказался отдать {url} (HTTP {status}).",
    fault_empty: "{url} пришёл пустым: в файле ничего нет.",
    fault_not_json: "{url} — не набор данных: сервер прислал {type}, а не JSON (часто это веб-страница вместо отсутствующего файла).",
    fault_truncated: "{url} обрывается на строке {line}: загрузка прервалась или файл неполный.",
    fault_syntax: "{url} — некорректный JSON (строка {line}, столбец {column}): {message}.",
    fault_invalid: "{url}: метаданные или категории набора данных нарушают правила, поэтому показать ничего нельзя.",
    retry: "Повторить",
    card_planned_for: "Запланировано на {date} (плановый срок, ещё не наступил)",
    flagged_intro: "Эти записи показаны на карте, но в них что-то нужно проверить:",
    facet_find: "Найти в этом списке",
    facet_more: "Показать ещё (не показано: {n})",
    facet_no_match: "Ничего не найдено",
    data_from_site: "Не основные данные: карта показывает данные с другого сайта:",
    data_not_allowed: "Этот сайт не загружает данные с {host} (его нет в config.json сайта), поэтому показаны основные данные. Ссылка запросила:",
    data_config_invalid: "config.json этого сайта некорректен, поэтому данные других сайтов не загружаются и показаны основные данные. Ссылка запросила:",
    show_all_problems: "Показать здесь все остальные ({n})",
    show_rest_records: "Показать здесь остальные записи ({n})",
    problem_dataset: "набор данных",
    problem_field: "поле",
    sources_title: "Источники",
    sources_intro: "Все издания, на которые ссылаются записи, и записи, которые на них опираются. Откройте, чтобы увидеть.",
    sources_records: ["{n} запись", "{n} записи", "{n} записей"],
    card_held: "Дни проведения (временно)",
    held_not_stated: "не указаны",
    held_from: "с {date}; окончание не указано",
    held_until: "до {date}; начало не указано",
    held_over: "Завершено: со следующего месяца после последнего дня показано как закрытое.",
};

/// Every language, in switcher order.
pub const ALL: [&Text; 3] = [&AZ, &RU, &EN];

impl Text {
    /// Replaces `{name}` in a template with `value`.
    pub fn fill(template: &str, name: &str, value: impl std::fmt::Display) -> String {
        template.replace(&format!("{{{name}}}"), &value.to_string())
    }

    /// The language with this code (`az`, `ru`, `en`, or a tag starting with one: `ru-RU`).
    pub fn for_code(code: &str) -> Option<&'static Text> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        ALL.into_iter().find(|t| t.lang == primary)
    }

    /// Which of the three plural forms (one, few, many) `n` takes in this language.
    pub fn plural_form(&self, n: usize) -> usize {
        match self.lang {
            "ru" => {
                let (ten, hundred) = (n % 10, n % 100);
                if ten == 1 && hundred != 11 {
                    0
                } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
                    1
                } else {
                    2
                }
            }
            "az" => 2,
            _ => usize::from(n != 1) * 2,
        }
    }

    /// `forms` (one, few, many) for `n`, with `{n}` filled in this language's digits.
    pub fn count(&self, forms: [&str; 3], n: usize) -> String {
        Text::fill(forms[self.plural_form(n)], "n", self.number(n))
    }

    /// `n` with this language's thousands separator.
    pub fn number(&self, n: usize) -> String {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(self.group_sep);
            }
            out.push(c);
        }
        out
    }
}

/// `text` in lower case, a character at a time: the same mapping the search's folding uses, so
/// the string-wide `str::to_lowercase`, with its own code and tables, stays out of the download.
pub fn lower_case(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<String> {
        text.split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(name, _)| name.to_string()))
            .collect()
    }

    fn strings(value: &serde_json::Value, key: &str, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) => out.push((key.to_string(), s.clone())),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    strings(item, &format!("{key}[{i}]"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    strings(v, k, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_key_is_filled_in_every_language_with_the_same_placeholders() {
        let table = |t: &Text| {
            let mut out = Vec::new();
            strings(&serde_json::to_value(t).unwrap(), "", &mut out);
            out
        };
        let english = table(&EN);
        for t in ALL {
            let other = table(t);
            assert_eq!(other.len(), english.len(), "{}", t.lang);
            for ((key, en), (_, text)) in english.iter().zip(&other) {
                assert!(!text.is_empty(), "{}: {key} is empty", t.lang);
                assert_eq!(
                    placeholders(text),
                    placeholders(en),
                    "{}: {key}: {text}",
                    t.lang
                );
            }
        }
    }

    /// The characters of `text` outside its `{placeholder}`s: a format made only of
    /// placeholders and punctuation has nothing to translate.
    fn words_outside_placeholders(text: &str) -> impl Iterator<Item = char> + '_ {
        let mut inside = false;
        text.chars().filter(move |&c| {
            let keep = !inside && c != '{';
            inside = (inside || c == '{') && c != '}';
            keep
        })
    }

    #[test]
    fn no_english_is_left_in_azerbaijani_or_russian() {
        // Strings that are the same in every language (formats, names of formats).
        let same = ["CSV", "GeoJSON", "Operator", "km", "m"];
        for t in [&AZ, &RU] {
            let (mut en, mut other) = (Vec::new(), Vec::new());
            strings(&serde_json::to_value(EN).unwrap(), "", &mut en);
            strings(&serde_json::to_value(t).unwrap(), "", &mut other);
            for ((key, e), (_, o)) in en.iter().zip(&other) {
                if key == "lang"
                    || key == "group_sep"
                    || same.contains(&e.as_str())
                    || words_outside_placeholders(e).all(|c| !c.is_alphabetic())
                {
                    continue;
                }
                assert_ne!(e, o, "{}: {key} is still English", t.lang);
            }
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let forms = RU.summary_open;
        assert_eq!(RU.count(forms, 1), "1 служба открыта");
        assert_eq!(RU.count(forms, 2), "2 службы открыты");
        assert_eq!(RU.count(forms, 5), "5 служб открыто");
        assert_eq!(RU.count(forms, 11), "11 служб открыто");
        assert_eq!(RU.count(forms, 21), "21 служба открыта");
        assert_eq!(RU.count(forms, 1004), "1\u{a0}004 службы открыты");
        assert_eq!(AZ.count(AZ.summary_open, 1), "1 xidmət açıqdır");
        assert_eq!(AZ.count(AZ.summary_open, 5), "5 xidmət açıqdır");
        assert_eq!(EN.count(EN.summary_open, 1), "1 service open");
        assert_eq!(EN.count(EN.summary_open, 1200), "1,200 services open");
    }

    #[test]
    fn a_browser_language_tag_picks_its_language() {
        assert_eq!(Text::for_code("ru-RU").map(|t| t.lang), Some("ru"));
        assert_eq!(Text::for_code("az").map(|t| t.lang), Some("az"));
        assert_eq!(Text::for_code("de-DE"), None);
        let tables: Vec<&str> = ALL.iter().map(|t| t.lang).collect();
        assert_eq!(tables, crate::model::LANGUAGES);
    }
}
