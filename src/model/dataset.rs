//! The dataset's types once read and checked: what the app, the data tool and the tests use.
//!
//! The JSON form is documented in `docs/dataset-format.md` and read by [`crate::model::load`].

use super::date::PartialDate;
use super::rule::Rule;

/// The only `schema_version` this build reads.
pub const SCHEMA_VERSION: u64 = 1;

/// The interface's languages, by their codes (`words::text` has one table for each).
pub const LANGUAGES: [&str; 3] = ["az", "ru", "en"];

/// The interface language a BCP 47 tag asks for: its primary subtag, in any case
/// (`AZ`, `az-Latn-AZ`, `ru_RU` all ask for one of ours), if we have it.
pub fn language(tag: &str) -> Option<&'static str> {
    let primary = tag.get(..2)?;
    let whole = matches!(tag.as_bytes().get(2), None | Some(b'-' | b'_'));
    LANGUAGES
        .into_iter()
        .find(|l| whole && l.eq_ignore_ascii_case(primary))
}

/// Text in one or more interface languages, keyed by language code (`en`, `az`, `ru`).
///
/// Kept as a short list sorted by language, not a map: a record's name is one or three texts,
/// and a `BTreeMap` node holds room for eleven (over 500 bytes a record at 50,000 records).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Localized(Vec<(String, String)>);

impl Localized {
    /// Text in English only.
    pub fn en(text: impl Into<String>) -> Self {
        Self(vec![("en".to_string(), text.into())])
    }

    /// Texts by language; a language given twice keeps its last text, as a JSON object does.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut texts = Self::default();
        for (lang, text) in pairs {
            texts.insert(lang, text);
        }
        texts.0.shrink_to_fit();
        texts
    }

    /// Sets the text in `lang`.
    pub fn insert(&mut self, lang: String, text: String) {
        match self.0.binary_search_by(|(l, _)| l.as_str().cmp(&lang)) {
            Ok(at) => self.0[at].1 = text,
            Err(at) => self.0.insert(at, (lang, text)),
        }
    }

    /// The text in exactly `lang`, if given.
    pub fn exactly(&self, lang: &str) -> Option<&str> {
        let at = self
            .0
            .binary_search_by(|(l, _)| l.as_str().cmp(lang))
            .ok()?;
        Some(&self.0[at].1)
    }

    /// The text in `lang`, else in English, else in any language the dataset gives.
    pub fn get(&self, lang: &str) -> &str {
        self.exactly(lang)
            .or_else(|| self.exactly("en"))
            .or_else(|| self.0.first().map(|(_, text)| text.as_str()))
            .unwrap_or("")
    }

    /// Every translation, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, text)| text.as_str())
    }

    /// `(language, text)` pairs, by language.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(lang, text)| (lang.as_str(), text.as_str()))
    }

    /// The languages given, in order.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(lang, _)| lang.as_str())
    }

    /// Whether no language is given.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A whole dataset: metadata, categories, places, context figures and records.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// Format version; see [`SCHEMA_VERSION`].
    pub schema_version: u64,
    /// Title shown at the top of the dashboard.
    pub title: Localized,
    /// What the dataset covers and how it was compiled.
    pub description: Localized,
    /// Licence of the dataset itself.
    pub licence: Licence,
    /// The date up to which the dataset was checked against its sources.
    pub as_of: PartialDate,
    /// Where corrections go (an e-mail address or a URL), if the publisher names one.
    pub corrections: Option<String>,
    /// A tile layer the publisher opts into, drawn under the bundled basemap's names.
    pub tiles: Option<Tiles>,
    /// The area the records should lie in; one outside it is drawn but flagged.
    pub extent: Option<Extent>,
    /// Categories in legend order.
    pub categories: Vec<Category>,
    /// The gazetteer: places with their other spellings and where their coordinates come from.
    pub places: Vec<Place>,
    /// Figures that give context but are not points (e.g. post offices before 1993).
    pub context: Vec<ContextFigure>,
    /// The records, in dataset order.
    pub records: Vec<Record>,
}

impl Dataset {
    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The name of town or district `town` in `lang`: its gazetteer place's name in that
    /// language if the dataset gives one, else `town` as records write it.
    pub fn place_name<'a>(&'a self, town: &'a str, lang: &str) -> &'a str {
        self.places
            .iter()
            .find(|p| p.name == town)
            .and_then(|p| p.names.exactly(lang))
            .unwrap_or(town)
    }

    /// A copy of everything but the records (which may be many).
    pub fn without_records(&self) -> Self {
        Self {
            schema_version: self.schema_version,
            title: self.title.clone(),
            description: self.description.clone(),
            licence: self.licence.clone(),
            as_of: self.as_of,
            corrections: self.corrections.clone(),
            tiles: self.tiles.clone(),
            extent: self.extent,
            categories: self.categories.clone(),
            places: self.places.clone(),
            context: self.context.clone(),
            records: Vec::new(),
        }
    }

    /// The category families in order of first appearance; a category without a family is a
    /// family of its own. See [`Family`].
    pub fn families(&self) -> Vec<Family> {
        let mut out: Vec<Family> = Vec::new();
        for (i, c) in self.categories.iter().enumerate() {
            let key = c.family.as_ref().map(|f| f.get("en").to_string());
            match out.iter_mut().find(|f| key.is_some() && f.key == key) {
                Some(f) => f.categories.push(i),
                None => out.push(Family {
                    key,
                    label: c.family.clone().unwrap_or_else(|| c.label.clone()),
                    color: c.color.clone(),
                    shape: c.shape,
                    categories: vec![i],
                }),
            }
        }
        out
    }

    /// Records that have coordinates and so are drawn on the map.
    pub fn mapped_records(&self) -> impl Iterator<Item = &Record> {
        self.records
            .iter()
            .filter(|r| r.location.coordinates().is_some())
    }
}

/// The area a dataset covers, written `[west, south, east, north]` in degrees (GeoJSON's
/// `bbox` order). A record outside it is still drawn, and flagged: swapped latitude and
/// longitude are the usual cause.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    /// Westernmost longitude.
    pub west: f64,
    /// Southernmost latitude.
    pub south: f64,
    /// Easternmost longitude.
    pub east: f64,
    /// Northernmost latitude.
    pub north: f64,
}

impl Extent {
    /// Checks `[west, south, east, north]`: four numbers, in range, south of north. West may
    /// be east of east: the area then crosses the antimeridian (RFC 7946 §5.2). The reason
    /// when they are not acceptable.
    pub fn new(bbox: &[f64]) -> Result<Self, Rule> {
        let &[west, south, east, north] = bbox else {
            return Err(Rule::ExtentFour);
        };
        let lon = -180.0..=180.0;
        let lat = -90.0..=90.0;
        if !(lon.contains(&west)
            && lon.contains(&east)
            && lat.contains(&south)
            && lat.contains(&north))
        {
            return Err(Rule::ExtentRange);
        }
        if west == east || south >= north {
            return Err(Rule::ExtentOrder);
        }
        Ok(Self {
            west,
            south,
            east,
            north,
        })
    }

    /// Whether a point lies in the area (edges included).
    /// An area crossing the antimeridian holds the longitudes east of `west` and west of
    /// `east`.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        let within_lon = if self.west <= self.east {
            (self.west..=self.east).contains(&lon)
        } else {
            lon >= self.west || lon <= self.east
        };
        (self.south..=self.north).contains(&lat) && within_lon
    }
}

/// A raster tile layer (opt-in: it makes requests to its server).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tiles {
    /// An `https://` URL template with `{z}`, `{x}` and `{y}` (and optionally `{s}`).
    pub url: String,
    /// Who to credit, as plain text (shown as text, never as HTML).
    pub attribution: String,
}

impl Tiles {
    /// Checks a template and attribution: `https`, a host, the three placeholders, and a
    /// non-empty attribution. The reason when they are not acceptable.
    pub fn new(url: &str, attribution: &str) -> Result<Self, Rule> {
        let url = url.trim();
        // What a link may carry (`query::url::MAX_DATA_URL`), so a link and the page agree.
        if url.len() > 2000 || attribution.len() > 2000 {
            return Err(Rule::TooLong);
        }
        if !url.to_ascii_lowercase().starts_with("https://") || !super::rules::is_http_url(url) {
            return Err(Rule::NotTileTemplate);
        }
        if !["{z}", "{x}", "{y}"].iter().all(|p| url.contains(p)) {
            return Err(Rule::TileNeedsXyz);
        }
        // Leaflet fills only these; any other would throw at every tile and load none.
        let mut rest = url;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map(|c| open + c);
            let name = close.map(|c| rest[open + 1..c].trim());
            if !matches!(name, Some("s" | "z" | "x" | "y" | "-y" | "r")) {
                return Err(Rule::TilePlaceholders);
            }
            rest = &rest[close.map_or(rest.len(), |c| c + 1)..];
        }
        if attribution.trim().is_empty() {
            return Err(Rule::TileNeedsCredit);
        }
        Ok(Self {
            url: url.to_string(),
            attribution: attribution.trim().to_string(),
        })
    }
}

/// The licence under which the dataset is published.
#[derive(Debug, Clone, PartialEq)]
pub struct Licence {
    /// Short name, e.g. `CC BY 4.0`.
    pub name: String,
    /// Link to the licence text.
    pub url: Option<String>,
}

/// A kind of service, with how the map draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// URL-safe id that records refer to.
    pub id: String,
    /// Name shown in the legend and filters.
    pub label: Localized,
    /// Marker colour, `#rrggbb`.
    pub color: String,
    /// Marker shape, so that categories differ by more than colour.
    pub shape: Shape,
    /// The family it belongs to (e.g. "Money" for banks, ATMs and terminals): categories with
    /// the same English family name are one chip, one legend entry and one ring slice.
    pub family: Option<Localized>,
}

/// Categories grouped for reading at a glance: a family's colour and shape are those of its
/// first category.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// The English family name shared by its categories (`None` for a category on its own).
    pub key: Option<String>,
    /// Name shown on chips and in the legend.
    pub label: Localized,
    /// Colour, `#rrggbb`.
    pub color: String,
    /// Shape.
    pub shape: Shape,
    /// Indices of its categories in [`Dataset::categories`].
    pub categories: Vec<usize>,
}

/// Marker shapes. Each category has one, so the map does not rely on colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// A disc.
    Circle,
    /// A square standing on a side.
    Square,
    /// A square standing on a corner.
    Diamond,
    /// A triangle pointing up.
    Triangle,
    /// A triangle pointing down.
    TriangleDown,
    /// A regular pentagon pointing up.
    Pentagon,
    /// A regular hexagon.
    Hexagon,
    /// A five-pointed star.
    Star,
}

impl Shape {
    /// Every shape's name as the dataset writes it.
    pub const NAMES: [&'static str; 8] = [
        "circle",
        "square",
        "diamond",
        "triangle",
        "triangle-down",
        "pentagon",
        "hexagon",
        "star",
    ];

    /// Reads a shape name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "circle" => Self::Circle,
            "square" => Self::Square,
            "diamond" => Self::Diamond,
            "triangle" => Self::Triangle,
            "triangle-down" => Self::TriangleDown,
            "pentagon" => Self::Pentagon,
            "hexagon" => Self::Hexagon,
            "star" => Self::Star,
            _ => return None,
        })
    }

    /// The shape's name as the dataset writes it.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// A place in the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The name records use in `location.town`.
    pub name: String,
    /// Its name in other languages (`az`: `Şuşa`, `ru`: `Шуша`), shown in that language;
    /// English is `name`.
    pub names: Localized,
    /// Other spellings and names (`Shushi`, `Степанакерт`), for search.
    pub other_names: Vec<String>,
    /// The district it lies in.
    pub district: Option<String>,
    /// WGS84 latitude of the town centre, if known.
    pub lat: Option<f64>,
    /// WGS84 longitude of the town centre, if known.
    pub lon: Option<f64>,
    /// Where the coordinates come from.
    pub source: Option<String>,
}

/// One service at one place.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// Stable, URL-safe id.
    pub id: String,
    /// What it is.
    pub name: Localized,
    /// A category id from [`Dataset::categories`].
    pub category: String,
    /// Who runs it; `None` when no source names them.
    pub operator: Option<String>,
    /// Status changes, oldest first. The last one is the current status.
    pub status: Vec<StatusChange>,
    /// Where it is, and how precisely that is known.
    pub location: Location,
    /// Caveats, disagreements between sources, corrections.
    pub notes: Option<String>,
    /// The public reports this record rests on. Never empty.
    pub sources: Vec<Source>,
    /// For a temporary event (a fair, a mobile service): the days it was or is to be held.
    pub held: Option<Held>,
    /// Where in the compiler's fact list the record comes from (`row 48`, or a section
    /// heading), so the dataset can be checked against that list.
    pub facts: Vec<String>,
}

/// The days a temporary event (a fair, a mobile service) was or is to be held. Either end
/// may be unknown: `{}` says "temporary, days not stated".
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Held {
    /// The first day (or month, or year).
    pub from: Option<PartialDate>,
    /// The last day (or month, or year).
    pub to: Option<PartialDate>,
}

impl Record {
    /// When a one-off event is over: the last day it was held, if it is known and the record
    /// was last reported open. From the month after it, the record counts as closed.
    pub fn ended(&self) -> Option<PartialDate> {
        let to = self.held?.to?;
        (self.status.last()?.status == Status::Opened).then_some(to)
    }
}

/// The life-cycle stages a service goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Announced or under construction.
    Planned,
    /// Open and serving people.
    Opened,
    /// Closed again.
    Closed,
}

impl Status {
    /// Every status's name as the dataset writes it.
    pub const NAMES: [&'static str; 3] = ["planned", "opened", "closed"];

    /// Reads a status name.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "planned" => Some(Self::Planned),
            "opened" => Some(Self::Opened),
            "closed" => Some(Self::Closed),
            _ => None,
        }
    }

    /// The status's name as the dataset writes it.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// The order readers see statuses in: opened, planned, closed (counts, keys, rings).
    pub const SHOWN: [Status; 3] = [Status::Opened, Status::Planned, Status::Closed];
}

/// One value per status, read and written by [`Status`] (no index to get wrong).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, serde::Serialize)]
pub struct PerStatus<T>(pub [T; 3]);

impl<T> PerStatus<T> {
    /// The value of each status, in the order readers see them ([`Status::SHOWN`]).
    pub fn shown(&self) -> impl Iterator<Item = (Status, &T)> {
        Status::SHOWN.into_iter().map(move |s| (s, &self[s]))
    }
}

impl<T> std::ops::Index<Status> for PerStatus<T> {
    type Output = T;
    fn index(&self, status: Status) -> &T {
        &self.0[status as usize]
    }
}

impl<T> std::ops::IndexMut<Status> for PerStatus<T> {
    fn index_mut(&mut self, status: Status) -> &mut T {
        &mut self.0[status as usize]
    }
}

/// What a reported date means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateBasis {
    /// The change happened in that period.
    Event,
    /// The change was first reported then; it happened on or before that date.
    Reported,
}

impl DateBasis {
    /// Every basis's name as the dataset writes it.
    pub const NAMES: [&'static str; 2] = ["event", "reported"];

    /// Reads a basis name.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "event" => Some(Self::Event),
            "reported" => Some(Self::Reported),
            _ => None,
        }
    }

    /// The basis's name as the dataset writes it.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// One change of status, with a date as precise as the sources allow.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusChange {
    /// The status from this date on.
    pub status: Status,
    /// When; `None` when no source gives a date.
    pub date: Option<PartialDate>,
    /// The sources hedge the date ("about", "early 2025").
    pub approximate: bool,
    /// Whether `date` is when it happened or when it was first reported.
    pub basis: DateBasis,
    /// The date as the sources word it, when that says more than the date.
    pub note: Option<String>,
}

/// How precisely a record's position is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LocationPrecision {
    /// The site itself.
    Exact,
    /// The centre of the town or village it is in.
    Settlement,
    /// The district's main town: the sources name only the district, or the village has no
    /// known coordinates.
    District,
    /// No coordinates: the record is listed but not drawn on the map.
    Unknown,
    /// The sources name the town only as probable ("probably Shusha"); shown at its centre.
    Probable,
}

impl LocationPrecision {
    /// Every precision's name as the dataset writes it.
    pub const NAMES: [&'static str; 5] = ["exact", "settlement", "district", "unknown", "probable"];

    /// Reads a location precision name.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "exact" => Some(Self::Exact),
            "settlement" => Some(Self::Settlement),
            "district" => Some(Self::District),
            "unknown" => Some(Self::Unknown),
            "probable" => Some(Self::Probable),
            _ => None,
        }
    }

    /// The precision's name as the dataset writes it.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// Where a record is.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// Town or village, as the gazetteer names it.
    pub town: String,
    /// District.
    pub district: Option<String>,
    /// WGS84 latitude of the point drawn.
    pub lat: Option<f64>,
    /// WGS84 longitude of the point drawn.
    pub lon: Option<f64>,
    /// How precisely the point stands for the real site.
    pub precision: LocationPrecision,
    /// Why the point is where it is (e.g. "village not located; shown at the district town").
    pub note: Option<String>,
}

impl Location {
    /// `(lat, lon)` when the record can be drawn.
    pub fn coordinates(&self) -> Option<(f64, f64)> {
        match (self.lat, self.lon, self.precision) {
            (_, _, LocationPrecision::Unknown) => None,
            (Some(lat), Some(lon), _) => Some((lat, lon)),
            _ => None,
        }
    }
}

/// A public report.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// Who published it.
    pub outlet: String,
    /// Headline, or how to find it when there is no URL.
    pub title: Option<String>,
    /// Publication date.
    pub date: Option<PartialDate>,
    /// Link, `http` or `https`.
    pub url: Option<String>,
}

/// A figure that gives context but is not a point on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct ContextFigure {
    /// URL-safe id.
    pub id: String,
    /// What the figure is.
    pub label: Localized,
    /// The number, if the figure is one.
    pub value: Option<f64>,
    /// Its unit (`AZN`), if any.
    pub unit: Option<String>,
    /// The date it refers to.
    pub date: Option<PartialDate>,
    /// Caveats or conversions (`about $1.3bn`).
    pub note: Option<String>,
    /// Where it comes from. Never empty.
    pub sources: Vec<Source>,
    /// Where in the compiler's fact list the figure comes from (see [`Record::facts`]).
    pub facts: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_extent_across_the_antimeridian_holds_both_sides_of_it() {
        let pacific = Extent::new(&[170.0, -50.0, -170.0, -30.0]).unwrap();
        assert!(pacific.contains(-41.3, 179.5));
        assert!(pacific.contains(-41.3, -175.0));
        assert!(!pacific.contains(-41.3, 0.0));
        assert!(!pacific.contains(-20.0, 179.5));
        let region = Extent::new(&[45.0, 38.5, 47.7, 40.5]).unwrap();
        assert!(region.contains(39.76, 46.75));
        assert!(!region.contains(39.76, 179.0));
        assert!(Extent::new(&[46.0, 38.0, 46.0, 40.0]).is_err(), "no width");
        assert!(
            Extent::new(&[45.0, 40.5, 47.7, 38.5]).is_err(),
            "south above north"
        );
    }
}
