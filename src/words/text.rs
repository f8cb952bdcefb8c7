//! Every interface string in English, Azerbaijani (Latin script) and Russian: one `Text`
//! value per language, chosen at run time (`?lang=`, the switcher, or the browser's language).
//! Each language's table is in its own file (`text/en.rs`, `az.rs`, `ru.rs`).
//! Plain tables were chosen over `leptos_i18n`: the strings are `&'static str` in the wasm's
//! data section and the lookup is a field access, with no macro-generated code per key (see
//! docs/languages-and-accessibility.md).
//!
//! Dataset text (names, notes, category labels) is not here: it comes from the dataset, in the
//! chosen language where it has one.

use crate::model::PerStatus;

mod az;
mod en;
mod ru;

pub use az::AZ;
pub use en::EN;
pub use ru::RU;

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
    /// A family's name in the legend, as its tooltip: `{family}`.
    pub legend_only: &'static str,
    /// The legend's button that adds a family to those shown or removes it: `{family}`.
    pub legend_add: &'static str,
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
    /// A picture of the view (PNG), at 1× and 2× pixel density.
    pub download_image: [&'static str; 2],
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
    /// The same button where the device has a share sheet.
    pub share: &'static str,
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
    /// The chip after the first few families when there are more: `{n}` more, in Filters.
    pub more_families: &'static str,
    pub quick_filters: &'static str,
    pub spider_more: [&'static str; 3],
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub embed_width: &'static str,
    pub embed_full_width: &'static str,
    /// Embed options: the look's group label, then auto / light / dark.
    pub embed_theme: [&'static str; 4],
    /// Embed options: no page background; no title line; fill the frame's height.
    pub embed_options: [&'static str; 4],
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
    /// A `?tiles=` not used: `{why}` says why; the template follows.
    pub tiles_refused: &'static str,
    /// Introduces settings of the dataset (its extent, its tiles) that could not be used,
    /// when no record was left out.
    pub settings_unused_intro: &'static str,
    /// Why: the site's `config.json` does not list the tile server `{host}`.
    pub tiles_not_allowed: &'static str,
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
    /// Dataset rules, each worded for a problem list.
    pub rules: &'static crate::words::rules::RuleWords,
}

/// Every language, in switcher order.
pub const ALL: [&Text; 3] = [&AZ, &RU, &EN];

impl Text {
    /// Replaces `{name}` in a template with `value`.
    pub fn fill(template: &str, name: &str, value: impl std::fmt::Display) -> String {
        template.replace(&format!("{{{name}}}"), &value.to_string())
    }

    /// The language with this code (`az`, `ru`, `en`, or a tag starting with one: `ru-RU`).
    pub fn for_code(code: &str) -> Option<&'static Text> {
        let lang = crate::model::language(code)?;
        ALL.into_iter().find(|t| t.lang == lang)
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
