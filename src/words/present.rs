//! How dates, statuses and precisions are worded for readers: never more precise than the
//! dataset, and always saying what kind of date it is.

use crate::model::{
    DateBasis, Held, LocationPrecision, PartialDate, PerStatus, Status, StatusChange,
};
use crate::words::text::Text;

/// A date as readers see it: `1 Feb 2021`, `Feb 2021` or `2021` (`12 февр. 2021`,
/// `нояб. 2025`, `12 fev 2021`).
pub fn date(t: &Text, date: &PartialDate) -> String {
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!("{d} {} {}", t.months_day[usize::from(m) - 1], date.year),
        (Some(m), None) => format!("{} {}", t.months[usize::from(m) - 1], date.year),
        _ => date.year.to_string(),
    }
}

/// A date in words for sentences: `22 December 2020`, `December 2020` or `2020`
/// (`12 февраля 2021`, `февраль 2021`; `12 fevral 2021`).
pub fn long_date(t: &Text, date: &PartialDate) -> String {
    match (date.month, date.day) {
        (Some(m), Some(d)) => format!(
            "{d} {} {}",
            t.months_long_day[usize::from(m) - 1],
            date.year
        ),
        (Some(m), None) => format!("{} {}", t.months_long[usize::from(m) - 1], date.year),
        _ => date.year.to_string(),
    }
}

/// A status change as a plain sentence, never more precise than its date:
/// `Opened on 22 December 2020 (day known)`, `Planned by December 2020 (month known, first
/// reported then)`, `Opened around May 2021 (month known, approximate)`. A plan dated after
/// `as_of` is a target: `Planned for 2027 (a target date, not yet reached)`.
pub fn change(t: &Text, change: &StatusChange, as_of: &PartialDate) -> String {
    let status = t.status_names[change.status];
    let Some(d) = &change.date else {
        return format!("{status} ({})", t.date_unknown);
    };
    if change.status == Status::Planned && d.first_day() > as_of.last_day() {
        return Text::fill(t.card_planned_for, "date", long_date(t, d));
    }
    let template = t.card_change[match (change.basis, change.approximate, d.day.is_some()) {
        (DateBasis::Reported, _, _) => 0,
        (DateBasis::Event, true, _) => 1,
        (DateBasis::Event, false, true) => 2,
        (DateBasis::Event, false, false) => 3,
    }];
    let known = t.card_known[match d.precision() {
        crate::model::DatePrecision::Day => 0,
        crate::model::DatePrecision::Month => 1,
        _ => 2,
    }];
    let mut notes = vec![known];
    if change.basis == DateBasis::Reported {
        notes.push(t.card_first_reported);
    }
    if change.approximate {
        notes.push(t.card_approximate);
    }
    let sentence = Text::fill(
        &Text::fill(template, "status", status),
        "date",
        long_date(t, d),
    );
    format!("{sentence} ({})", notes.join(", "))
}

/// The days a temporary event was or is to be held: `19 March 2024`, `27 December 2025 –
/// 29 December 2025`, `from April 2023; the end is not stated`, `not stated`.
pub fn held(t: &Text, held: &Held) -> String {
    match (held.from, held.to) {
        (Some(a), Some(b)) if a == b => long_date(t, &a),
        (Some(a), Some(b)) => format!("{} – {}", long_date(t, &a), long_date(t, &b)),
        (Some(a), None) => Text::fill(t.held_from, "date", long_date(t, &a)),
        (None, Some(b)) => Text::fill(t.held_until, "date", long_date(t, &b)),
        (None, None) => t.held_not_stated.to_string(),
    }
}

/// The reader's words for a location precision.
pub fn location_precision(t: &Text, precision: LocationPrecision) -> &'static str {
    t.location_precisions[precision as usize]
}

/// A figure with its unit, grouped in the language's way: `295`, `2,200,000,000 AZN`
/// (`2.200.000.000 AZN` in Azerbaijani, `2 200 000 000 AZN` in Russian).
pub fn figure(t: &Text, value: f64, unit: Option<&str>) -> String {
    let whole = value.round() as i64;
    let digits = whole.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(t.group_sep);
        }
        grouped.push(c);
    }
    let sign = if whole < 0 { "-" } else { "" };
    let number = if (value - whole as f64).abs() > f64::EPSILON {
        value.to_string()
    } else {
        format!("{sign}{grouped}")
    };
    match unit {
        Some(unit) => format!("{number} {unit}"),
        None => number,
    }
}

/// The "Report a correction" link for record `id`: an e-mail with the id in its subject, or
/// the dataset's link with the id in place of `{id}` (or added as `record=`).
pub fn corrections_link(corrections: &str, id: &str) -> String {
    let subject = format!("subject=Correction%20to%20record%20{id}");
    let join = |base: &str, query: &str| {
        let sep = if base.contains('?') { '&' } else { '?' };
        format!("{base}{sep}{query}")
    };
    if corrections.starts_with("mailto:") {
        join(corrections, &subject)
    } else if corrections.starts_with("http://") || corrections.starts_with("https://") {
        if corrections.contains("{id}") {
            corrections.replace("{id}", id)
        } else {
            join(corrections, &format!("record={id}"))
        }
    } else {
        join(&format!("mailto:{corrections}"), &subject)
    }
}

/// A download's file name: the title as folded words (`ş` → `s`, scripts kept), the date,
/// the extension (`services-returning-to-karabakh-and-east-zangezur-2026-11-27.csv`). A long
/// title is cut between words at 60 characters at most; a first longer word is cut itself.
pub fn download_name(title: &str, date: &str, extension: &str) -> String {
    const MAX_STEM: usize = 60;
    let folded = crate::query::search::fold(title);
    let mut words: Vec<&str> = Vec::new();
    let mut length = 0;
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let chars = word.chars().count();
        if !words.is_empty() && length + 1 + chars > MAX_STEM {
            break;
        }
        if chars > MAX_STEM {
            let cut = word
                .char_indices()
                .nth(MAX_STEM)
                .map_or(word.len(), |(i, _)| i);
            words.push(&word[..cut]);
            break;
        }
        length += chars + usize::from(!words.is_empty());
        words.push(word);
    }
    let stem = if words.is_empty() {
        "dataset".to_string()
    } else {
        words.join("-")
    };
    format!("{stem}-{date}.{extension}")
}

/// Text made safe for places that insert HTML (Leaflet's attribution): `&`, `<`, `>` and
/// quotes become entities, so a dataset or a link can only ever add text.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The first sentence of a text (up to the first `. `), for a one-line subhead.
pub fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(end) => text[..=end].to_string(),
        None => text.to_string(),
    }
}

/// Examples for the search box, from the dataset: the town with the most records, in `lang`
/// (`Şuşa` in Azerbaijani), and the operator named most often (`Shusha, Kapital Bank`).
pub fn search_examples(dataset: &crate::model::Dataset, lang: &str) -> String {
    fn most<'a>(items: impl Iterator<Item = &'a str>) -> Option<&'a str> {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for item in items {
            *counts.entry(item).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
            .map(|(k, _)| k)
    }
    let records = &dataset.records;
    let town = most(records.iter().map(|r| r.location.town.as_str()))
        .map(|town| dataset.place_name(town, lang));
    let operator = most(records.iter().filter_map(|r| r.operator.as_deref()));
    let examples: Vec<&str> = town.into_iter().chain(operator).collect();
    examples.join(", ")
}

/// A cluster's accessible name: "12 records here: 7 Bank branch, 5 ATM; 9 open, 3 planned.
/// Press Enter to open." `mix` holds (category position, count) for the categories present,
/// in legend order; `statuses` the counts by status (planned, opened, closed).
pub fn cluster_title(
    t: &Text,
    dataset: &crate::model::Dataset,
    count: usize,
    mix: &[(usize, usize)],
    statuses: PerStatus<usize>,
) -> String {
    let parts: Vec<String> = mix
        .iter()
        .map(|&(k, n)| format!("{n} {}", dataset.categories[k].label.get(t.lang)))
        .collect();
    let by_status = status_counts(t, statuses);
    Text::fill(
        &t.count(t.cluster_label, count),
        "parts",
        format!("{}; {by_status}", parts.join(", ")),
    )
}

/// The towns a cluster of `members` (record indices) holds with their record counts, the one
/// it stands for first: the town with the most of them (the first listed on a tie).
pub fn cluster_towns<'a>(
    dataset: &'a crate::model::Dataset,
    members: &[usize],
) -> Vec<(&'a str, usize)> {
    let mut towns: Vec<(&str, usize)> = Vec::new();
    for &i in members {
        let town = dataset.records[i].location.town.as_str();
        match towns.iter_mut().find(|(t, _)| *t == town) {
            Some((_, n)) => *n += 1,
            None => towns.push((town, 1)),
        }
    }
    // The first town with the most records leads (so a tie keeps the order listed).
    let mut lead = 0;
    for i in 1..towns.len() {
        if towns[i].1 > towns[lead].1 {
            lead = i;
        }
    }
    if lead > 0 {
        let town = towns.remove(lead);
        towns.insert(0, town);
    }
    towns
}

/// The place a cluster of `members` stands for (see [`cluster_towns`]), and how many other
/// towns it holds.
pub fn cluster_places<'a>(
    dataset: &'a crate::model::Dataset,
    members: &[usize],
) -> Option<(&'a str, usize)> {
    let towns = cluster_towns(dataset, members);
    towns.first().map(|&(town, _)| (town, towns.len() - 1))
}

/// A cluster's accessible name, led by its place: "Shusha: 22 records here: …", or
/// "Shusha + 1 place nearby: 27 records here: …" when it holds several (`towns` as
/// [`cluster_towns`] gives them).
pub fn cluster_name(
    t: &Text,
    dataset: &crate::model::Dataset,
    towns: &[(&str, usize)],
    title: String,
) -> String {
    match towns.first().map(|&(town, _)| (town, towns.len() - 1)) {
        Some((town, 0)) => format!("{}: {title}", dataset.place_name(town, t.lang)),
        Some((town, others)) => format!(
            "{}: {title}",
            Text::fill(
                &t.count(t.cluster_nearby, others),
                "place",
                dataset.place_name(town, t.lang)
            )
        ),
        None => title,
    }
}

/// "9 open, 3 planned": the non-zero counts by status, opened first.
pub fn status_counts(t: &Text, statuses: PerStatus<usize>) -> String {
    let forms = PerStatus([t.summary_planned, t.summary_open_short, t.summary_closed]);
    statuses
        .shown()
        .filter(|&(_, &n)| n > 0)
        .map(|(s, &n)| t.count(forms[s], n))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::words::text::EN;

    #[test]
    fn held_days_are_worded_as_precisely_as_they_are_known() {
        let d = |text: &str| Some(PartialDate::parse(text).unwrap());
        let days = |from, to| held(&EN, &Held { from, to });
        assert_eq!(days(d("2024-03-19"), d("2024-03-19")), "19 March 2024");
        assert_eq!(
            days(d("2025-12-27"), d("2025-12-29")),
            "27 December 2025 – 29 December 2025"
        );
        assert_eq!(
            days(d("2023-04"), None),
            "from April 2023; the end is not stated"
        );
        assert_eq!(days(None, None), "not stated");
    }

    fn change_at(text: &str, basis: DateBasis, approximate: bool) -> StatusChange {
        StatusChange {
            status: Status::Opened,
            date: Some(PartialDate::parse(text).unwrap()),
            approximate,
            basis,
            note: None,
        }
    }

    /// The tests' dataset date.
    const AS_OF: PartialDate = PartialDate {
        year: 2025,
        month: Some(11),
        day: Some(27),
    };

    #[test]
    fn a_plan_dated_after_as_of_is_worded_as_a_target_never_as_in_effect() {
        let mut c = change_at("2027", DateBasis::Event, false);
        c.status = Status::Planned;
        assert_eq!(
            change(&EN, &c, &AS_OF),
            "Planned for 2027 (a target date, not yet reached)"
        );
        let mut c = change_at("2026-03", DateBasis::Event, false);
        c.status = Status::Planned;
        assert_eq!(
            change(&crate::words::text::RU, &c, &AS_OF),
            "Запланировано на март 2026 (плановый срок, ещё не наступил)"
        );
        // A plan dated within "as of" is a plan made then.
        let mut c = change_at("2025-11", DateBasis::Event, false);
        c.status = Status::Planned;
        assert_eq!(
            change(&EN, &c, &AS_OF),
            "Planned in November 2025 (month known)"
        );
    }

    #[test]
    fn month_precision_is_never_shown_as_a_day() {
        let c = change_at("2020-12", DateBasis::Event, false);
        assert_eq!(
            change(&EN, &c, &AS_OF),
            "Opened in December 2020 (month known)"
        );
    }

    #[test]
    fn card_dates_read_as_plain_sentences() {
        let mut c = change_at("2020-12", DateBasis::Reported, false);
        c.status = Status::Planned;
        assert_eq!(
            change(&EN, &c, &AS_OF),
            "Planned by December 2020 (month known, first reported then)"
        );
        let c = change_at("2020-12-22", DateBasis::Event, false);
        assert_eq!(
            change(&EN, &c, &AS_OF),
            "Opened on 22 December 2020 (day known)"
        );
        let c = change_at("2021-05", DateBasis::Event, true);
        assert_eq!(
            change(&EN, &c, &AS_OF),
            "Opened around May 2021 (month known, approximate)"
        );
        let mut c = change_at("2021", DateBasis::Event, false);
        c.date = None;
        assert_eq!(change(&EN, &c, &AS_OF), "Opened (date not given)");
    }

    #[test]
    fn correction_links_carry_the_record_id() {
        assert_eq!(
            corrections_link("desk@example.org", "atm-1"),
            "mailto:desk@example.org?subject=Correction%20to%20record%20atm-1"
        );
        assert_eq!(
            corrections_link("https://example.org/fix?lang=en", "atm-1"),
            "https://example.org/fix?lang=en&record=atm-1"
        );
        assert_eq!(
            corrections_link("https://example.org/r/{id}/edit", "atm-1"),
            "https://example.org/r/atm-1/edit"
        );
    }

    #[test]
    fn a_title_of_one_long_word_is_cut_to_sixty_characters() {
        let name = download_name(&"ё".repeat(5000), "2026-01-02", "json");
        assert_eq!(name, format!("{}-2026-01-02.json", "е".repeat(60)));
        let name = download_name(&format!("{} tail", "x".repeat(70)), "2026-01-02", "csv");
        assert_eq!(name, format!("{}-2026-01-02.csv", "x".repeat(60)));
    }

    #[test]
    fn download_names_come_from_the_title_and_date() {
        assert_eq!(
            download_name(
                "Services returning to Karabakh and East Zangezur",
                "2026-11-27",
                "csv"
            ),
            "services-returning-to-karabakh-and-east-zangezur-2026-11-27.csv"
        );
        assert_eq!(
            download_name("Службы, возвращающиеся в Карабах", "2026-01-02", "csv"),
            "службы-возвращающиеся-в-карабах-2026-01-02.csv"
        );
        let long = "Bank branches, ATMs and payment terminals reopening across the districts of the region";
        let name = download_name(long, "2026-01-02", "csv");
        let stem = name.trim_end_matches("-2026-01-02.csv");
        assert!(stem.len() <= 60, "{stem}");
        assert!(
            long.to_lowercase()
                .replace([',', ' '], "-")
                .replace("--", "-")
                .starts_with(stem),
            "{stem}"
        );
        assert_eq!(
            download_name("Şuşa: ATM’lər", "2026-01-02", "geojson"),
            "susa-atm-ler-2026-01-02.geojson"
        );
        assert_eq!(
            download_name("???", "2026-01-02", "csv"),
            "dataset-2026-01-02.csv"
        );
    }

    #[test]
    fn attribution_text_cannot_become_markup() {
        assert_eq!(
            escape_html(r#"© <b onmouseover="x">OSM</b> & 'co'"#),
            "© &lt;b onmouseover=&quot;x&quot;&gt;OSM&lt;/b&gt; &amp; &#39;co&#39;"
        );
    }

    #[test]
    fn figures_are_grouped_by_thousands() {
        assert_eq!(figure(&EN, 295.0, None), "295");
        assert_eq!(figure(&EN, 2.2e9, Some("AZN")), "2,200,000,000 AZN");
        assert_eq!(
            figure(&crate::words::text::RU, 2.2e9, Some("AZN")),
            "2\u{a0}200\u{a0}000\u{a0}000 AZN"
        );
    }
}
