//! Where a `?data=` may load from: a path on the page's own site, or another origin that the
//! site's own `config.json` lists in `allowed_data_origins`; and which tile servers a
//! `?tiles=` may use (`allowed_tile_origins`). Anything else is refused before any request is
//! made.

use serde_json::Value;

use super::url::is_dataset_url;

/// What a `?data=` value asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asked {
    /// A path on the page's own site: always allowed.
    Path(String),
    /// An absolute http(s) URL on another origin: allowed only if `config.json` lists it.
    Other {
        /// The URL as asked.
        url: String,
        /// Its origin, normalised (`https://data.example.org`).
        origin: String,
    },
    /// A scheme other than http(s), a protocol-relative or backslash form, credentials,
    /// whitespace: never loaded.
    Refused,
}

/// Reads a `?data=` value.
pub fn classify(url: &str) -> Asked {
    if is_dataset_url(url) {
        return Asked::Path(url.to_string());
    }
    match origin(url) {
        Some(origin) => Asked::Other {
            url: url.to_string(),
            origin,
        },
        None => Asked::Refused,
    }
}

/// The origin of an absolute `http://` or `https://` URL, lower-cased and without the
/// default port (`https://data.example.org`, `http://127.0.0.1:8081`). `None` for anything
/// else, and for URLs with credentials (`user@`), backslashes, whitespace or control
/// characters, or a host with characters outside letters, digits, `.` and `-`.
pub fn origin(url: &str) -> Option<String> {
    if url.len() > super::url::MAX_DATA_URL
        || url
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
    {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    let (scheme, rest, default_port) = if let Some(rest) = lower.strip_prefix("https://") {
        ("https", rest, "443")
    } else if let Some(rest) = lower.strip_prefix("http://") {
        ("http", rest, "80")
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && !host.starts_with(['.', '-'])
        && !host.ends_with(['.', '-'])
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if !host_ok {
        return None;
    }
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) if p == default_port => Some(format!("{scheme}://{host}")),
        Some(p) if p.parse::<u16>().is_ok_and(|n| n > 0) && !p.starts_with('0') => {
            Some(format!("{scheme}://{host}:{p}"))
        }
        Some(_) => None,
    }
}

/// The host of an origin, for saying plainly where data comes from.
pub fn host(origin: &str) -> &str {
    origin.split_once("://").map_or(origin, |(_, h)| h)
}

/// The origin of a tile URL template, as [`origin`] gives it, with a `{s}` subdomain
/// placeholder kept (`https://{s}.tile.example.org`), so the allow-list can name it.
pub fn tile_origin(template: &str) -> Option<String> {
    origin(&template.replace("{s}", "s---")).map(|o| o.replace("s---", "{s}"))
}

/// What a site says in its `config.json` (next to `index.html`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteConfig {
    /// Origins whose datasets `?data=` may load, normalised as [`origin`] does.
    pub allowed_data_origins: Vec<String>,
    /// Tile servers a `?tiles=` link may use, normalised as [`tile_origin`] does.
    pub allowed_tile_origins: Vec<String>,
}

impl SiteConfig {
    /// Whether `origin` is listed for data.
    pub fn allows(&self, origin: &str) -> bool {
        self.allowed_data_origins.iter().any(|o| o == origin)
    }

    /// Whether the tile URL `template`'s server is listed for tiles.
    pub fn allows_tiles(&self, template: &str) -> bool {
        tile_origin(template).is_some_and(|o| self.allowed_tile_origins.contains(&o))
    }
}

/// Reads and checks `config.json`: an object whose fields, `allowed_data_origins` and
/// `allowed_tile_origins`, are lists of origins (scheme and host, an optional port, no path;
/// a tile origin may keep a `{s}` subdomain). Every problem is returned,
/// each naming the field and the value.
pub fn parse_config(text: &str) -> Result<SiteConfig, Vec<String>> {
    let root: Value = serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(text))
        .map_err(|e| vec![format!("config.json is not valid JSON: {e}")])?;
    let Value::Object(fields) = root else {
        return Err(vec!["config.json must be a JSON object".into()]);
    };
    let mut problems = Vec::new();
    let mut config = SiteConfig::default();
    // What the page lists is cut: a 10 MB entry is not echoed whole.
    let cut = |text: &str| crate::model::cut(text, 80);
    for (key, value) in &fields {
        let (list, read): (_, fn(&str) -> Option<String>) = match key.as_str() {
            "allowed_data_origins" => (&mut config.allowed_data_origins, origin),
            "allowed_tile_origins" => (&mut config.allowed_tile_origins, tile_origin),
            _ => {
                problems.push(format!(
                    "config.json: unknown field \"{}\" (the known fields are allowed_data_origins and allowed_tile_origins)",
                    cut(key)
                ));
                continue;
            }
        };
        let Value::Array(items) = value else {
            problems.push(format!(
                "config.json: {key} must be a list of origins, not {}",
                cut(&value.to_string())
            ));
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let text = item.as_str().unwrap_or("");
            let exact =
                read(text).filter(|o| *o == text.trim_end_matches('/').to_ascii_lowercase());
            match exact {
                Some(o) => list.push(o),
                None => problems.push(format!(
                    "config.json: {key}[{i}] = {}: must be an origin such as \"https://data.example.org\" (http or https, a host, an optional port, no path)",
                    cut(&item.to_string())
                )),
            }
        }
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tile_servers_are_allowed_only_when_config_json_lists_them() {
        let config = parse_config(
            r#"{"allowed_data_origins": [], "allowed_tile_origins": ["https://{s}.tile.example.org", "https://maps.example.net:8443"]}"#,
        )
        .unwrap();
        assert!(config.allows_tiles("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        assert!(config.allows_tiles("https://MAPS.example.net:8443/t/{z}/{x}/{y}.png"));
        for refused in [
            "https://a.tile.example.org/{z}/{x}/{y}.png",
            "https://maps.example.net/{z}/{x}/{y}.png",
            "https://evil.example/{z}/{x}/{y}.png?https://{s}.tile.example.org",
            "http://{s}.tile.example.org/{z}/{x}/{y}.png",
        ] {
            assert!(!config.allows_tiles(refused), "{refused}");
        }
        // Data origins do not allow tiles, nor the reverse.
        let data_only =
            parse_config(r#"{"allowed_data_origins": ["https://maps.example.net:8443"]}"#).unwrap();
        assert!(!data_only.allows_tiles("https://maps.example.net:8443/{z}/{x}/{y}.png"));
        assert!(!config.allows("https://maps.example.net:8443"));
    }

    #[test]
    fn a_huge_config_entry_is_cut_in_its_problem() {
        let huge = "x".repeat(10_000_000);
        let text = format!(
            r#"{{"allowed_data_origins": ["{huge}"], "{huge}": 1, "allowed_data_origins ": "{huge}"}}"#
        );
        let problems = parse_config(&text).unwrap_err();
        assert_eq!(problems.len(), 3);
        for p in &problems {
            assert!(p.chars().count() < 300, "{} characters", p.len());
        }
        assert_eq!(problems.iter().filter(|p| p.contains('…')).count(), 2);
    }

    #[test]
    fn paths_are_ours_absolute_urls_are_other_origins_and_the_rest_is_refused() {
        assert_eq!(classify("data/x.json"), Asked::Path("data/x.json".into()));
        assert_eq!(
            classify("HTTPS://Data.Example.org:443/x.json?v=1"),
            Asked::Other {
                url: "HTTPS://Data.Example.org:443/x.json?v=1".into(),
                origin: "https://data.example.org".into()
            }
        );
        for bad in [
            "//example.org/x.json",
            "/\\example.org/x.json",
            "https://user:pw@example.org/x.json",
            "https://evil.org\\@good.org/x.json",
            "javascript:alert(1)",
            "ftp://example.org/x.json",
            "https:///x.json",
            "https://-x.org/",
            "https://example.org:99999/",
            "https://exa mple.org/",
        ] {
            assert_eq!(classify(bad), Asked::Refused, "{bad}");
        }
        assert_eq!(
            origin("http://127.0.0.1:8081/d.json").as_deref(),
            Some("http://127.0.0.1:8081")
        );
        assert_eq!(host("https://data.example.org"), "data.example.org");
    }

    #[test]
    fn a_valid_config_lists_origins_normalised() {
        let c = parse_config(
            r#"{"allowed_data_origins": ["https://Data.Example.org", "http://127.0.0.1:8081/"]}"#,
        )
        .unwrap();
        assert!(c.allows("https://data.example.org"));
        assert!(c.allows("http://127.0.0.1:8081"));
        assert!(!c.allows("https://example.org"));
        assert_eq!(parse_config("{}").unwrap(), SiteConfig::default());
    }

    #[test]
    fn a_bad_config_names_each_problem() {
        let problems = parse_config(
            r#"{"allowed_data_origins": ["https://ok.org", "https://x.org/data", "*", 7], "allow": true}"#,
        )
        .unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert!(problems[0].contains("unknown field \"allow\""));
        assert!(problems[1].starts_with(
            "config.json: allowed_data_origins[1] = \"https://x.org/data\": must be an origin"
        ));
        assert!(problems[2].contains("allowed_data_origins[2] = \"*\""));
        assert!(problems[3].contains("allowed_data_origins[3] = 7"));
        assert!(parse_config("[1]").unwrap_err()[0].contains("must be a JSON object"));
        assert!(parse_config("{").unwrap_err()[0].contains("not valid JSON"));
        assert!(parse_config(r#"{"allowed_data_origins": "https://x.org"}"#).is_err());
    }
}
