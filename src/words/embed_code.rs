//! The HTML a newsroom pastes into its article: an iframe for exactly the current view, with a
//! fixed height that the page fills where scripts are stripped, and the optional `embed.js`
//! that sizes it to its content.

use crate::query::url::Look;
use crate::words::present::escape_html;

/// The width the iframe is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Width {
    /// The article column's full width.
    #[default]
    Full,
    /// A fixed width in pixels.
    Pixels(u32),
}

/// What the Embed dialog has chosen: the frame's width, the host's render options (kept in
/// the frame's address) and the format of the code.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Options {
    /// The frame's width.
    pub width: Width,
    /// `theme`, `transparent`, `plain`, `fit` and `static`.
    pub look: Look,
    /// AMP's `amp-iframe` instead of an iframe and `embed.js`.
    pub amp: bool,
}

/// One chip of the Embed dialog: a width, a look, an option to turn on or off, a format.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Choice {
    /// This width.
    Width(Width),
    /// This theme (`None`: the reader's).
    Theme(Option<&'static str>),
    /// No page background.
    Transparent,
    /// No title line.
    Plain,
    /// Fill the frame's height.
    Fit,
    /// The view as a picture.
    Still,
    /// AMP code (`true`) or HTML.
    Amp(bool),
}

impl Choice {
    /// Whether the chip shows as chosen.
    pub fn is_on(self, o: &Options) -> bool {
        match self {
            Choice::Width(w) => o.width == w,
            Choice::Theme(t) => o.look.theme == t,
            Choice::Transparent => o.look.transparent,
            Choice::Plain => o.look.plain,
            Choice::Fit => o.look.fit,
            Choice::Still => o.look.still,
            Choice::Amp(a) => o.amp == a,
        }
    }

    /// Clicking the chip: picks a width, theme or format; turns an option on or off.
    pub fn choose(self, o: &mut Options) {
        match self {
            Choice::Width(w) => o.width = w,
            Choice::Theme(t) => o.look.theme = t,
            Choice::Transparent => o.look.transparent ^= true,
            Choice::Plain => o.look.plain ^= true,
            Choice::Fit => o.look.fit ^= true,
            Choice::Still => o.look.still ^= true,
            Choice::Amp(a) => o.amp = a,
        }
    }
}

/// The code for `page` showing `query` (the view's query string, with the look but without
/// `embed`), titled `title`, as `options` ask.
pub fn for_options(page: &str, query: &str, title: &str, options: &Options) -> String {
    if options.amp {
        amp(page, query, title)
    } else {
        code(page, query, title, options)
    }
}

/// The iframe's height before `embed.js` (or a host's own resizer) sets the content's, in
/// pixels. The page fills whatever height its frame has, the map taking what the title,
/// timeline, source line and link leave; this one leaves the map at least its usual height at
/// every column from 320 to 1000 px, in every language (measured: the content needs 752–851 px).
pub const FALLBACK_HEIGHT: u32 = 860;

/// What the frame may do, and nothing more: run its scripts with its own origin (to read its
/// data), open sources and the full map in new tabs that are not sandboxed, save downloads,
/// and leave the article only when the reader clicks a link.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups \
    allow-popups-to-escape-sandbox allow-downloads allow-top-navigation-by-user-activation";

/// The frame's address: the page, the view's query and `embed=1`; and the folder it is in.
fn addresses<'a>(page: &'a str, query: &str) -> (String, &'a str) {
    let src = if query.is_empty() {
        format!("{page}?embed=1")
    } else {
        format!("{page}?{query}&embed=1")
    };
    let base = match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    };
    (escape_html(&src), base)
}

/// The iframe code for `page` (the page's absolute URL without query) showing `query` (the
/// current view's query string, without `?` and without `embed`), titled `title`. The frame
/// declares the colour scheme the page inside will use: browsers paint an opaque backdrop
/// behind a frame whose scheme differs from its own, which `transparent=1` would not survive.
pub fn code(page: &str, query: &str, title: &str, options: &Options) -> String {
    let (src, base) = addresses(page, query);
    let scheme = options.look.theme.unwrap_or("light dark");
    let width = match options.width {
        Width::Full => "100%".to_string(),
        Width::Pixels(px) => format!("{px}px;max-width:100%"),
    };
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-services-map-embed loading=\"lazy\" \
         style=\"display:block;width:{width};height:{FALLBACK_HEIGHT}px;border:0;\
         color-scheme:{scheme}\" \
         sandbox=\"{SANDBOX}\" allow=\"clipboard-write\"></iframe>\n\
         <script src=\"{base}embed.js\" async></script>",
        title = escape_html(title),
        base = escape_html(base),
    )
}

/// The same view for an AMP page: an `amp-iframe` that takes the height the page asks for
/// (`resizable`, with the overflow button AMP requires), and the preview picture as its
/// placeholder, so it may stand near the top of the article. The page loads AMP's
/// `amp-iframe` script itself. AMP sets the width: the column's.
pub fn amp(page: &str, query: &str, title: &str) -> String {
    let (src, base) = addresses(page, query);
    format!(
        "<amp-iframe src=\"{src}\" title=\"{title}\" layout=\"fixed-height\" \
         height=\"{FALLBACK_HEIGHT}\" resizable sandbox=\"{SANDBOX}\" \
         allow=\"clipboard-write\">\n<button overflow type=\"button\">Show all</button>\n\
         <amp-img placeholder layout=\"fill\" src=\"{base}preview.png\" alt=\"\"></amp-img>\n\
         </amp-iframe>",
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
            &Options::default(),
        );
        assert!(code.starts_with(
            "<iframe src=\"https://news.example/2026/map/index.html?cat=bank&amp;q=%C5%9Eu%C5%9Fa&amp;to=2021-01&amp;embed=1\""
        ), "{code}");
        assert!(code.contains("height:860px;border:0;color-scheme:light dark\""));
        assert!(code.contains(" sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-top-navigation-by-user-activation\""), "{code}");
        assert!(code
            .ends_with("<script src=\"https://news.example/2026/map/embed.js\" async></script>"));
    }

    #[test]
    fn a_title_cannot_break_out_of_its_attribute() {
        let code = code(
            "https://a.example/",
            "",
            "\"><script>alert(1)</script>",
            &Options {
                width: Width::Pixels(600),
                ..Default::default()
            },
        );
        assert!(!code.contains("<script>alert"), "{code}");
        assert!(code.contains("width:600px;max-width:100%"));
        assert!(code.contains("src=\"https://a.example/?embed=1\""));
    }

    #[test]
    fn the_amp_code_resizes_and_has_a_placeholder_beside_the_page() {
        let amp = amp("https://news.example/map/", "cat=bank", "Services");
        assert!(amp.starts_with(
            "<amp-iframe src=\"https://news.example/map/?cat=bank&amp;embed=1\" title=\"Services\""
        ), "{amp}");
        assert!(amp.contains(" resizable sandbox=\"allow-scripts allow-same-origin "));
        assert!(amp.contains("<button overflow type=\"button\">"));
        assert!(amp.contains(
            "<amp-img placeholder layout=\"fill\" src=\"https://news.example/map/preview.png\""
        ));
        assert!(amp.ends_with("</amp-iframe>"));
    }

    #[test]
    fn each_chip_picks_or_toggles_its_option() {
        let mut o = Options::default();
        assert!(Choice::Width(Width::Full).is_on(&o) && Choice::Theme(None).is_on(&o));
        Choice::Theme(Some("dark")).choose(&mut o);
        Choice::Plain.choose(&mut o);
        Choice::Width(Width::Pixels(600)).choose(&mut o);
        assert!(Choice::Theme(Some("dark")).is_on(&o) && !Choice::Theme(None).is_on(&o));
        assert!(Choice::Plain.is_on(&o) && !Choice::Fit.is_on(&o));
        Choice::Plain.choose(&mut o);
        assert!(!Choice::Plain.is_on(&o));
        let code = for_options("https://a.example/", "", "T", &o);
        assert!(code.contains("width:600px") && code.contains("color-scheme:dark\""));
        Choice::Amp(true).choose(&mut o);
        assert!(for_options("https://a.example/", "", "T", &o).starts_with("<amp-iframe"));
    }
}
