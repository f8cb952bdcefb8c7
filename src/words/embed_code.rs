//! The HTML a newsroom pastes into its article: an iframe for exactly the current view, with a
//! fixed height that the page fills where scripts are stripped, and the optional `embed.js`
//! that sizes it to its content.

use crate::words::present::escape_html;

/// The width the iframe is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// The article column's full width.
    Full,
    /// A fixed width in pixels.
    Pixels(u32),
}

/// The iframe's height before `embed.js` (or a host's own resizer) sets the content's, in
/// pixels. The page fills whatever height its frame has, the map taking what the title,
/// timeline, source line and link leave; this one leaves the map at least its usual height at
/// every column from 320 to 1000 px, in every language (measured: the content needs 752–851 px).
pub const FALLBACK_HEIGHT: u32 = 860;

/// The iframe code for `page` (the page's absolute URL without query) showing `query` (the
/// current view's query string, without `?` and without `embed`), titled `title`.
pub fn code(page: &str, query: &str, title: &str, width: Width) -> String {
    let src = if query.is_empty() {
        format!("{page}?embed=1")
    } else {
        format!("{page}?{query}&embed=1")
    };
    let base = match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    };
    let width = match width {
        Width::Full => "100%".to_string(),
        Width::Pixels(px) => format!("{px}px;max-width:100%"),
    };
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-services-map-embed loading=\"lazy\" \
         style=\"display:block;width:{width};height:{FALLBACK_HEIGHT}px;border:0\" \
         allow=\"clipboard-write\"></iframe>\n<script src=\"{base}embed.js\" async></script>",
        src = escape_html(&src),
        title = escape_html(title),
        base = escape_html(base),
    )
}

/// An id a host gave the frame (Datawrapper's `embed_id`, Pym.js's `childId`), cut to what an
/// id needs: ASCII letters, digits, `-`, `_`, `.` and `:`, at most 64 of them.
pub fn safe_id(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
        .take(64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hosts_id_is_cut_to_a_safe_one() {
        assert_eq!(safe_id("article-7"), "article-7");
        assert_eq!(safe_id("__proto__"), "__proto__");
        assert_eq!(safe_id("<img src=x>\"x"), "imgsrcxx");
        assert_eq!(safe_id(&"a".repeat(500)).len(), 64);
        assert_eq!(safe_id("дом"), "");
    }

    #[test]
    fn the_code_carries_the_view_and_the_script_from_the_same_place() {
        let page = "https://news.example/2026/map/index.html";
        let code = code(
            page,
            "cat=bank&q=%C5%9Eu%C5%9Fa&to=2021-01",
            "Services",
            Width::Full,
        );
        assert!(code.starts_with(
            "<iframe src=\"https://news.example/2026/map/index.html?cat=bank&amp;q=%C5%9Eu%C5%9Fa&amp;to=2021-01&amp;embed=1\""
        ), "{code}");
        assert!(code.contains("height:860px;border:0"));
        assert!(code
            .ends_with("<script src=\"https://news.example/2026/map/embed.js\" async></script>"));
    }

    #[test]
    fn a_title_cannot_break_out_of_its_attribute() {
        let code = code(
            "https://a.example/",
            "",
            "\"><script>alert(1)</script>",
            Width::Pixels(600),
        );
        assert!(!code.contains("<script>alert"), "{code}");
        assert!(code.contains("width:600px;max-width:100%"));
        assert!(code.contains("src=\"https://a.example/?embed=1\""));
    }
}
