//! The dataset's rules on typed values, each written once: the field-by-field reader
//! ([`super::read`]) reports what they find as a [`super::Rule`], and the quick reader
//! ([`super::fast`]) leaves a record to it when any finds something.

use super::dataset::{LocationPrecision, Status, StatusChange};
use super::date::{DatePrecision, PartialDate};

/// Ids appear in URLs (`?record=…`), so they are lower-case ASCII letters, digits and `-`.
pub fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && !id.starts_with('-')
}

/// Links must be web links: a `javascript:` or `data:` URL in a source would be an attack.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}

/// Where corrections go: a web link, a `mailto:` link, or a bare e-mail address.
pub fn is_corrections_address(text: &str) -> bool {
    let email = |t: &str| {
        let mut parts = t.split('@');
        matches!((parts.next(), parts.next(), parts.next()), (Some(user), Some(host), None)
            if !user.is_empty() && host.contains('.') && !t.contains([' ', ':', '/', '<', '>', '"']))
    };
    is_http_url(text)
        || text
            .strip_prefix("mailto:")
            .is_some_and(|rest| email(rest.split('?').next().unwrap_or("")))
        || email(text)
}

/// Colours are `#rrggbb`, so they can be used as SVG attributes without escaping.
pub fn is_hex_color(color: &str) -> bool {
    color.len() == 7 && color.starts_with('#') && color[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// A latitude in range.
pub fn latitude_ok(lat: Option<f64>) -> bool {
    lat.is_none_or(|lat| (-90.0..=90.0).contains(&lat))
}

/// A longitude in range.
pub fn longitude_ok(lon: Option<f64>) -> bool {
    lon.is_none_or(|lon| (-180.0..=180.0).contains(&lon))
}

/// One of `lat` and `lon` without the other: the one given and the one missing.
pub fn unpaired(lat: Option<f64>, lon: Option<f64>) -> Option<(&'static str, &'static str)> {
    match (lat, lon) {
        (Some(_), None) => Some(("lat", "lon")),
        (None, Some(_)) => Some(("lon", "lat")),
        _ => None,
    }
}

/// Coordinates that do not fit the stated precision: `precision` when it says "unknown" but
/// coordinates are given, `lat` when it says where but none are.
pub fn misplaced(
    precision: LocationPrecision,
    lat: Option<f64>,
    lon: Option<f64>,
) -> Option<&'static str> {
    match precision {
        LocationPrecision::Unknown => lat.is_some().then_some("precision"),
        _ => (lat.is_none() && lon.is_none()).then_some("lat"),
    }
}

/// The date's own precision, when it is not the one stated.
pub fn wrong_precision(date: Option<PartialDate>, stated: DatePrecision) -> Option<DatePrecision> {
    let given = date.map_or(DatePrecision::Unknown, |d| d.precision());
    (given != stated).then_some(given)
}

/// Each change dated before the one listed before it: its index, and the earlier date.
pub fn out_of_order(status: &[StatusChange]) -> impl Iterator<Item = (usize, PartialDate)> + '_ {
    status.windows(2).enumerate().filter_map(|(i, pair)| {
        let (a, b) = (pair[0].date?, pair[1].date?);
        (b.first_day() < a.first_day()).then_some((i + 1, a))
    })
}

/// The days held in the wrong order (`Err`: the first day), or an opening after the last of
/// them (`Ok`: its date).
pub fn held_wrong(
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    status: &[StatusChange],
) -> Option<Result<PartialDate, PartialDate>> {
    let to = to?;
    if let Some(from) = from.filter(|from| to.last_day() < from.first_day()) {
        return Some(Err(from));
    }
    status
        .iter()
        .filter(|c| c.status == Status::Opened)
        .filter_map(|c| c.date)
        .find(|d| d.first_day() > to.last_day())
        .map(Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_url_safe() {
        assert!(is_url_safe_id("kapital-bank-atm-shusha"));
        assert!(!is_url_safe_id("Kapital Bank"));
        assert!(!is_url_safe_id(""));
        assert!(!is_url_safe_id("şuşa"));
        assert!(!is_url_safe_id("a/b"));
    }

    #[test]
    fn only_http_links_with_a_host_are_links() {
        assert!(is_http_url("https://www.azernews.az/business/175710.html"));
        assert!(is_http_url("http://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("ftp://example.org"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("www.azernews.az/business/175710.html"));
        assert!(!is_http_url("https://exa mple.org"));
    }

    #[test]
    fn corrections_go_to_a_link_or_an_address() {
        assert!(is_corrections_address("corrections@example.org"));
        assert!(is_corrections_address("mailto:desk@example.org?subject=x"));
        assert!(is_corrections_address(
            "https://example.org/report?record={id}"
        ));
        assert!(!is_corrections_address("javascript:alert(1)"));
        assert!(!is_corrections_address("call us"));
        assert!(!is_corrections_address("a@b@c.org"));
    }

    #[test]
    fn colours_are_six_digit_hex() {
        assert!(is_hex_color("#1a2B3c"));
        assert!(!is_hex_color("red"));
        assert!(!is_hex_color("#fff"));
        assert!(!is_hex_color("#12345g"));
    }
}
