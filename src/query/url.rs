//! The view in the query string: filters, search, time range, selection, map centre and
//! zoom. Parsing never fails: unknown or malformed parameters are ignored.
//!
//! `?cat=bank&cat=atm&op=Kapital+Bank&status=opened&district=Shusha&q=%C5%9Eu%C5%9Fa`
//! `&from=2020-11&to=2021-01&id=kapital-bank-atm-shusha&lat=39.76&lon=46.75&z=9`

use crate::model::{Dataset, Status, Tiles};

use super::filter::Filters;
use super::month::Month;

/// Longest value read from a parameter; longer ones are ignored.
pub const MAX_VALUE: usize = 200;
/// Most values read for one repeated parameter.
pub const MAX_REPEATS: usize = 64;
/// Zoom levels a URL may ask for.
pub const ZOOM_RANGE: (f64, f64) = (2.0, 18.0);

/// Map centre and zoom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    /// Latitude of the centre.
    pub lat: f64,
    /// Longitude of the centre.
    pub lon: f64,
    /// Leaflet zoom level.
    pub zoom: f64,
}

/// Everything a link restores.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    /// Filters, search and time range.
    pub filters: Filters,
    /// Selected record id.
    pub selected: Option<String>,
    /// Map centre and zoom; `None` fits the map to the data.
    pub camera: Option<Camera>,
    /// Another dataset to show (`?data=`): a path on the same site (see [`is_dataset_url`]),
    /// or an absolute http(s) URL that the site's `config.json` must allow (`query::source`).
    /// `None` is the default dataset.
    pub data: Option<String>,
    /// A tile layer the link opts into (`?tiles=https://…/{z}/{x}/{y}.png&tiles_by=…`), shown
    /// with its attribution as text. `None`: only the bundled basemap (or the dataset's tiles).
    pub tiles: Option<Tiles>,
    /// Compact chrome for an iframe in an article (`?embed=1`).
    pub embed: bool,
    /// How the page matches a host article (`theme`, `transparent`, `plain`, `fit`, `static`).
    pub look: Look,
    /// Interface language (`?lang=az|ru|en`); `None` follows the browser.
    pub lang: Option<String>,
}

/// Render options a host sets in the embed's address. `public/early.js` applies them, as
/// classes on `<html>`, before the first paint; here they are only kept in links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    /// `theme=light` or `theme=dark`: that look whatever the reader's setting. `None`
    /// (`auto`) follows the reader.
    pub theme: Option<&'static str>,
    /// `transparent=1`: no page background, for a host's own.
    pub transparent: bool,
    /// `plain=1`: no title line, for a host with its own headline.
    pub plain: bool,
    /// `fit=1`: fill the height the host gives instead of asking for the content's.
    pub fit: bool,
    /// `static=1`: the view as a picture with its legend, credit and a link to the full
    /// map; nothing on it answers the reader.
    pub still: bool,
}

/// Longest `data` URL read.
pub const MAX_DATA_URL: usize = 2000;

/// Whether `url` may be fetched as a dataset: a path on the page's own site only (relative,
/// or absolute from `/`). Never a scheme (`https:`, `javascript:`, `data:`), never a
/// protocol-relative `//host/…`, never a backslash (`/\host/…` reaches another host in
/// browsers), so a crafted link cannot show another site's data under this page's title.
pub fn is_dataset_url(url: &str) -> bool {
    if url.is_empty()
        || url.len() > MAX_DATA_URL
        || url
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
        || url.starts_with("//")
    {
        return false;
    }
    // A colon before any slash, '?' or '#' is a scheme.
    !matches!(url.split_once(':'), Some((scheme, _)) if !scheme.contains(['/', '?', '#']))
}

fn number(text: &str, range: (f64, f64)) -> Option<f64> {
    let n: f64 = text.parse().ok()?;
    (n.is_finite() && n >= range.0 && n <= range.1).then_some(n)
}

/// Reads a query string (with or without the leading `?`).
pub fn parse(query: &str) -> ViewState {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = ViewState::default();
    let (mut lat, mut lon, mut zoom) = (None, None, None);
    let (mut tiles, mut tiles_by) = (None, None);
    let mut repeats = std::collections::HashMap::<String, usize>::new();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let seen = repeats.entry(key.to_string()).or_default();
        *seen += 1;
        let limit = if matches!(key.as_ref(), "data" | "tiles" | "tiles_by") {
            MAX_DATA_URL
        } else {
            MAX_VALUE
        };
        if value.len() > limit || *seen > MAX_REPEATS {
            continue;
        }
        let value = value.trim().to_string();
        let f = &mut state.filters;
        match key.as_ref() {
            "cat" if !value.is_empty() => {
                f.categories.insert(value);
            }
            "op" if !value.is_empty() => {
                f.operators.insert(value);
            }
            "district" if !value.is_empty() => {
                f.districts.insert(value);
            }
            "status" => {
                if let Some(s) = Status::from_name(&value) {
                    f.statuses.insert(s);
                }
            }
            "q" => f.search = value,
            "from" => f.from = Month::parse(&value),
            "to" => f.to = Month::parse(&value),
            "id" if crate::model::rules::is_url_safe_id(&value) => state.selected = Some(value),
            "lat" => lat = number(&value, (-85.0, 85.0)),
            "lon" => lon = number(&value, (-180.0, 180.0)),
            "z" => zoom = number(&value, ZOOM_RANGE),
            // Another origin is kept here and allowed or refused at load time, against the
            // site's config.json (see `source`).
            "data" if is_dataset_url(&value) || super::source::origin(&value).is_some() => {
                state.data = Some(value)
            }
            "tiles" => tiles = Some(value),
            "embed" => state.embed = value == "1",
            "theme" => state.look.theme = ["light", "dark"].into_iter().find(|t| *t == value),
            "transparent" => state.look.transparent = value == "1",
            "plain" => state.look.plain = value == "1",
            "fit" => state.look.fit = value == "1",
            "static" => state.look.still = value == "1",
            "lang" => state.lang = crate::model::language(&value).map(str::to_string),
            "tiles_by" => tiles_by = Some(value),
            _ => {}
        }
    }
    if let (Some(lat), Some(lon), Some(zoom)) = (lat, lon, zoom) {
        state.camera = Some(Camera { lat, lon, zoom });
    }
    if let (Some(url), Some(by)) = (tiles, tiles_by) {
        state.tiles = Tiles::new(&url, &by).ok();
    }
    state
}

/// Writes a query string (without `?`; empty for the default view). Parameters come in a fixed
/// order so equal views give equal URLs.
pub fn write(state: &ViewState) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if let Some(data) = &state.data {
        out.append_pair("data", data);
    }
    if state.embed {
        out.append_pair("embed", "1");
    }
    let look = state.look;
    if let Some(theme) = look.theme {
        out.append_pair("theme", theme);
    }
    for (on, name) in [
        (look.transparent, "transparent"),
        (look.plain, "plain"),
        (look.fit, "fit"),
        (look.still, "static"),
    ] {
        if on {
            out.append_pair(name, "1");
        }
    }
    if let Some(lang) = &state.lang {
        out.append_pair("lang", lang);
    }
    if let Some(t) = &state.tiles {
        out.append_pair("tiles", &t.url);
        out.append_pair("tiles_by", &t.attribution);
    }
    let f = &state.filters;
    for c in &f.categories {
        out.append_pair("cat", c);
    }
    for o in &f.operators {
        out.append_pair("op", o);
    }
    for s in &f.statuses {
        out.append_pair("status", s.name());
    }
    for d in &f.districts {
        out.append_pair("district", d);
    }
    if !f.search.trim().is_empty() {
        out.append_pair("q", f.search.trim());
    }
    if let Some(m) = f.from {
        out.append_pair("from", &m.to_string());
    }
    if let Some(m) = f.to {
        out.append_pair("to", &m.to_string());
    }
    if let Some(id) = &state.selected {
        out.append_pair("id", id);
    }
    if let Some(c) = state.camera {
        out.append_pair("lat", &format!("{:.4}", c.lat));
        out.append_pair("lon", &format!("{:.4}", c.lon));
        out.append_pair(
            "z",
            format!("{:.2}", c.zoom)
                .trim_end_matches('0')
                .trim_end_matches('.'),
        );
    }
    out.finish()
}

/// Drops what the dataset does not know (categories, operators, districts, record ids), so a
/// stale or hand-edited link still opens a sensible view.
pub fn sanitize(mut state: ViewState, dataset: &Dataset) -> ViewState {
    use super::filter::{district_key, operator_key};
    let f = &mut state.filters;
    f.categories.retain(|c| dataset.category(c).is_some());
    f.operators
        .retain(|o| dataset.records.iter().any(|r| operator_key(r) == *o));
    f.districts
        .retain(|d| dataset.records.iter().any(|r| district_key(r) == *d));
    if let Some(id) = &state.selected {
        if !dataset.records.iter().any(|r| r.id == *id) {
            state.selected = None;
        }
    }
    state
}

/// What changed between two views, for deciding whether Back should undo it on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Only the map moved: never a history entry of its own.
    Camera,
    /// Only the search text: one entry per burst of typing.
    Search,
    /// Only the time range: one entry per burst of slider moves.
    Time,
    /// A discrete choice (filter, selection, reset): always an entry.
    Choice,
}

impl Change {
    /// The kind of change from `a` to `b` (camera moves are ignored unless nothing else
    /// changed).
    pub fn between(a: &ViewState, b: &ViewState) -> Self {
        let mut only_camera = a.clone();
        only_camera.camera = b.camera;
        if only_camera == *b {
            return Self::Camera;
        }
        let mut only_search = only_camera.clone();
        only_search.filters.search = b.filters.search.clone();
        if only_search == *b {
            return Self::Search;
        }
        let mut only_time = only_camera;
        only_time.filters.from = b.filters.from;
        only_time.filters.to = b.filters.to;
        if only_time == *b {
            return Self::Time;
        }
        Self::Choice
    }

    /// Whether this change replaces the current history entry rather than adding one: map
    /// moves always do, and so does a search or time change that continues a burst of the
    /// same kind (`previous` is the kind of the last change that made an entry).
    pub fn replaces(self, previous: Self) -> bool {
        self == Self::Camera || (self != Self::Choice && previous == self)
    }
}
