//! Records as a spreadsheet: one row per record.
//!
//! Columns: `id`, `name` (English) and `name_<lang>` for other languages, `category`,
//! `operator`, then the status history as groups `status`, `date`, `date_basis`, `date_note`,
//! `status_2`, `date_2`, … ; `town`, `district`, `lat`, `lon`, `location_precision`,
//! `location_note`, `notes`, then (when any record has them) `held_from`, `held_to` and
//! `facts` (references separated by `; `), then sources as groups `source_outlet`,
//! `source_title`, `source_date`, `source_url`, `source_2_outlet`, … . A date is `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`, with a leading `~` when approximate, and empty when unknown; its precision is
//! the precision it is written with. An empty cell is an absent value.

use serde_json::{json, Map, Value};

use super::{ImportError, ImportProblem};
use crate::model::Dataset;

fn suffix(k: usize) -> String {
    if k == 0 {
        String::new()
    } else {
        format!("_{}", k + 1)
    }
}

fn status_columns(k: usize) -> [String; 4] {
    let s = suffix(k);
    [
        format!("status{s}"),
        format!("date{s}"),
        format!("date_basis{s}"),
        format!("date_note{s}"),
    ]
}

fn source_columns(k: usize) -> [String; 4] {
    let p = if k == 0 {
        "source".to_string()
    } else {
        format!("source_{}", k + 1)
    };
    [
        format!("{p}_outlet"),
        format!("{p}_title"),
        format!("{p}_date"),
        format!("{p}_url"),
    ]
}

fn date_cell(change: &crate::model::StatusChange) -> String {
    match change.date {
        Some(d) if change.approximate => format!("~{d}"),
        Some(d) => d.to_string(),
        None if change.approximate => "~".into(),
        None => String::new(),
    }
}

/// The `held_from` and `held_to` cells of a temporary record. When neither day is stated,
/// both cells hold `~`, which still says "temporary, days not stated".
fn held_cells(held: crate::model::Held) -> [String; 2] {
    if held.from.is_none() && held.to.is_none() {
        return ["~".into(), "~".into()];
    }
    [held.from, held.to].map(|d| d.map(|d| d.to_string()).unwrap_or_default())
}

fn number_cell(n: Option<f64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// The records of `dataset` as CSV text (comma-separated, UTF-8, header row first).
pub fn export(dataset: &Dataset) -> String {
    let languages: Vec<String> = {
        let all: Vec<String> = dataset
            .records
            .iter()
            .flat_map(|r| r.name.languages().map(str::to_string))
            .filter(|l| l != "en")
            .collect();
        let mut order: Vec<usize> = (0..all.len()).collect();
        crate::geometry::sort_indices(&mut order, &|a, b| all[a].cmp(&all[b]));
        let mut sorted: Vec<String> = order.into_iter().map(|i| all[i].clone()).collect();
        sorted.dedup();
        sorted
    };
    let changes = dataset
        .records
        .iter()
        .map(|r| r.status.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let sources = dataset
        .records
        .iter()
        .map(|r| r.sources.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let mut header = vec!["id".to_string(), "name".into()];
    header.extend(languages.iter().map(|l| format!("name_{l}")));
    header.extend(["category".into(), "operator".into()]);
    (0..changes).for_each(|k| header.extend(status_columns(k)));
    header.extend(
        [
            "town",
            "district",
            "lat",
            "lon",
            "location_precision",
            "location_note",
            "notes",
        ]
        .map(String::from),
    );
    let any_held = dataset.records.iter().any(|r| r.held.is_some());
    let any_facts = dataset.records.iter().any(|r| !r.facts.is_empty());
    if any_held {
        header.extend(["held_from".into(), "held_to".into()]);
    }
    if any_facts {
        header.push("facts".into());
    }
    (0..sources).for_each(|k| header.extend(source_columns(k)));

    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(&header);
    for r in &dataset.records {
        let mut row = vec![
            r.id.clone(),
            r.name.exactly("en").unwrap_or_default().to_string(),
        ];
        row.extend(
            languages
                .iter()
                .map(|l| r.name.exactly(l).unwrap_or_default().to_string()),
        );
        row.extend([r.category.clone(), r.operator.clone().unwrap_or_default()]);
        for k in 0..changes {
            match r.status.get(k) {
                Some(c) => row.extend([
                    c.status.name().to_string(),
                    date_cell(c),
                    c.basis.name().to_string(),
                    c.note.clone().unwrap_or_default(),
                ]),
                None => row.extend(std::iter::repeat_n(String::new(), 4)),
            }
        }
        let l = &r.location;
        row.extend([
            l.town.clone(),
            l.district.clone().unwrap_or_default(),
            number_cell(l.lat),
            number_cell(l.lon),
            l.precision.name().to_string(),
            l.note.clone().unwrap_or_default(),
            r.notes.clone().unwrap_or_default(),
        ]);
        if any_held {
            row.extend(r.held.map(held_cells).unwrap_or_default());
        }
        if any_facts {
            row.push(r.facts.join("; "));
        }
        for k in 0..sources {
            match r.sources.get(k) {
                Some(s) => row.extend([
                    s.outlet.clone(),
                    s.title.clone().unwrap_or_default(),
                    s.date.map(|d| d.to_string()).unwrap_or_default(),
                    s.url.clone().unwrap_or_default(),
                ]),
                None => row.extend(std::iter::repeat_n(String::new(), 4)),
            }
        }
        let _ = out.write_record(row.iter().map(|c| neutralise(c).into_owned()));
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP ASVS 5.0 V1.2.10, and
/// carriage return).
const FORMULA_START: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\0'];

/// A finite number written in plain decimal digits (`-37.78`, `+5`, `1e3`): a spreadsheet
/// reads it as that number. `-inf` or `+NaN` parse as numbers in Rust but not there.
fn is_plain_number(cell: &str) -> bool {
    cell.bytes()
        .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
        && cell.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A cell made safe for spreadsheets: text that starts like a formula gets a leading `'`
/// (and so does text that already starts with quotes and then a formula character, so that
/// [`restore`] can tell them apart). Numbers, negative ones too, stay numbers.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(FORMULA_START) && !is_plain_number(cell);
    // A cell that already starts with quotes before a formula character gets one more, so
    // `restore` can tell the added quote from the text's own.
    let escaped =
        cell.starts_with('\'') && cell.trim_start_matches('\'').starts_with(FORMULA_START);
    if risky || escaped {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Undoes [`neutralise`]: removes one leading `'` only where the quotes stand before a
/// formula character.
pub fn restore(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if cell.trim_start_matches('\'').starts_with(FORMULA_START) => rest.to_string(),
        _ => cell.to_string(),
    }
}

/// The separator a header line uses: `;` or tab when they outnumber commas (spreadsheets in
/// many locales save with `;`).
fn separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    if count(';') > count(',') && count(';') >= count('\t') {
        b';'
    } else if count('\t') > count(',') {
        b'\t'
    } else {
        b','
    }
}

/// Cells of one row by column name.
struct Row<'a> {
    header: &'a [String],
    cells: Vec<String>,
}

impl Row<'_> {
    fn get(&self, column: &str) -> Option<&str> {
        let i = self.header.iter().position(|h| h == column)?;
        self.cells
            .get(i)
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
    }

    fn text(&self, column: &str) -> Value {
        self.get(column)
            .map_or(Value::Null, |c| Value::String(c.to_string()))
    }

    /// A number when the cell is one; the text otherwise, so the reader reports it.
    fn number(&self, column: &str) -> Value {
        match self.get(column) {
            None => Value::Null,
            // Parsed as JSON numbers keep their written form (`95`, not `95.0`) in messages.
            Some(c) => serde_json::from_str::<serde_json::Number>(c)
                .map_or_else(|_| Value::String(c.to_string()), Value::Number),
        }
    }
}

fn precision_of(date: &str) -> &'static str {
    match date.len() {
        4 => "year",
        7 => "month",
        10 => "day",
        _ => "day",
    }
}

/// One row as a record in the dataset's JSON form.
fn record(row: &Row) -> Value {
    let mut name = Map::new();
    if let Some(en) = row.get("name") {
        name.insert("en".into(), json!(en));
    }
    for h in row.header {
        if let Some(lang) = h.strip_prefix("name_") {
            if let Some(text) = row.get(h) {
                name.insert(lang.to_string(), json!(text));
            }
        }
    }
    let mut status = Vec::new();
    for k in 0.. {
        let [s, d, b, n] = status_columns(k);
        if !row.header.contains(&s) {
            break;
        }
        if [&s, &d, &b, &n].iter().all(|c| row.get(c).is_none()) {
            continue;
        }
        let mut change = Map::new();
        change.insert("status".into(), row.text(&s));
        let raw = row.get(&d).unwrap_or("");
        let (approximate, date) = match raw.strip_prefix('~') {
            Some(rest) => (true, rest.trim()),
            None => (false, raw),
        };
        if date.is_empty() {
            change.insert("date".into(), Value::Null);
            change.insert("date_precision".into(), json!("unknown"));
        } else {
            change.insert("date".into(), json!(date));
            change.insert("date_precision".into(), json!(precision_of(date)));
        }
        if approximate {
            change.insert("approximate".into(), json!(true));
        }
        if let Some(basis) = row.get(&b) {
            change.insert("date_basis".into(), json!(basis));
        }
        if let Some(note) = row.get(&n) {
            change.insert("note".into(), json!(note));
        }
        status.push(Value::Object(change));
    }
    let mut location = Map::new();
    location.insert("town".into(), row.text("town"));
    location.insert("district".into(), row.text("district"));
    location.insert("lat".into(), row.number("lat"));
    location.insert("lon".into(), row.number("lon"));
    location.insert("precision".into(), row.text("location_precision"));
    location.insert("note".into(), row.text("location_note"));
    let mut sources = Vec::new();
    for k in 0.. {
        let [o, t, d, u] = source_columns(k);
        if !row.header.contains(&o) {
            break;
        }
        if [&o, &t, &d, &u].iter().all(|c| row.get(c).is_none()) {
            continue;
        }
        sources.push(json!({"outlet": row.text(&o), "title": row.text(&t), "date": row.text(&d), "url": row.text(&u)}));
    }
    let held_end = |column: &str| match row.get(column) {
        None | Some("~") => Value::Null,
        Some(d) => json!(d),
    };
    let held = (row.get("held_from").is_some() || row.get("held_to").is_some())
        .then(|| json!({"from": held_end("held_from"), "to": held_end("held_to")}));
    let facts: Vec<&str> = row
        .get("facts")
        .map(|f| {
            f.split(';')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect()
        })
        .unwrap_or_default();
    json!({
        "held": held,
        "facts": facts,
        "id": row.text("id"),
        "name": if name.is_empty() { Value::Null } else { Value::Object(name) },
        "category": row.text("category"),
        "operator": row.text("operator"),
        "status": status,
        "location": location,
        "notes": row.text("notes"),
        "sources": sources,
    })
}

/// The CSV column a record field path comes from (`sources[1].url` → `source_2_url`).
pub fn column_of(field: &str) -> String {
    let indexed = |path: &str, prefix: &str| -> Option<(usize, String)> {
        let rest = path.strip_prefix(prefix)?.strip_prefix('[')?;
        let (k, rest) = rest.split_once(']')?;
        Some((k.parse().ok()?, rest.trim_start_matches('.').to_string()))
    };
    if let Some((k, sub)) = indexed(field, "status") {
        let [s, d, b, n] = status_columns(k);
        return match sub.as_str() {
            "date" | "date_precision" | "approximate" => d,
            "date_basis" => b,
            "note" => n,
            _ => s,
        };
    }
    if let Some((k, sub)) = indexed(field, "sources") {
        let [o, t, d, u] = source_columns(k);
        return match sub.as_str() {
            "title" => t,
            "date" => d,
            "url" => u,
            _ => o,
        };
    }
    match field {
        "sources" => "source_outlet".into(),
        "location" | "location.town" => "town".into(),
        "location.precision" => "location_precision".into(),
        "location.note" => "location_note".into(),
        "held.from" => "held_from".into(),
        "held" | "held.to" => "held_to".into(),
        other if other.starts_with("facts") => "facts".into(),
        other if other.starts_with("location.") => other["location.".len()..].into(),
        other if other.starts_with("name.") => format!("name_{}", &other["name.".len()..]),
        other => other.into(),
    }
}

/// Reads CSV `text` (from file `name`) into a dataset, with `metadata` (a dataset JSON object
/// whose records are ignored) or, without it, metadata made from the rows.
pub fn import(
    name: &str,
    text: &str,
    metadata: Option<&Map<String, Value>>,
) -> Result<Dataset, ImportError> {
    // Windows line endings: the csv crate would count a CRLF record as starting on the line
    // before, so line numbers in messages would be off by one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = &text.replace("\r\n", "\n");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| {
            ImportError::Unreadable(format!("{name}: the header row cannot be read: {e}"))
        })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    for required in ["id", "category", "status", "town", "source_outlet"] {
        if !header.iter().any(|h| h == required) {
            return Err(ImportError::Unreadable(format!(
                "{name}: no \"{required}\" column (the header has: {})",
                header.join(", ")
            )));
        }
    }
    let mut problems = Vec::new();
    let mut records = Vec::new();
    let mut lines = Vec::new();
    for row in reader.records() {
        match row {
            Ok(row) => {
                lines.push(row.position().map_or(0, |p| p.line()));
                let cells = row.iter().map(restore).collect();
                records.push(record(&Row {
                    header: &header,
                    cells,
                }));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let why = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        format!("has {len} cells, but the header has {expected_len}")
                    }
                    _ => e.to_string(),
                };
                problems.push(ImportProblem(format!("{name} line {line}: {why}")));
            }
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    let title = name
        .rsplit('/')
        .next()
        .unwrap_or(name)
        .trim_end_matches(".csv");
    super::assemble(name, title, records, metadata, |index, p| {
        let line = lines.get(index).copied().unwrap_or(0);
        let id = super::id_of(&p.subject)
            .map(|id| format!(" (record \"{id}\")"))
            .unwrap_or_default();
        format!(
            "{name} line {line}, column \"{}\"{id}: value {}: {}",
            column_of(&p.field),
            p.value,
            p.rule
        )
    })
}

#[cfg(test)]
mod formula_tests {
    use super::{neutralise, restore};

    #[test]
    fn formulas_are_neutralised_and_restored_exactly() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\"&A1)",
                "'=HYPERLINK(\"http://x\"&A1)",
            ),
            ("+1 555", "'+1 555"),
            ("-cmd", "'-cmd"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("'=already quoted", "''=already quoted"),
            ("-37.78", "-37.78"),
            ("+5", "+5"),
            ("-inf", "'-inf"),
            ("+NaN", "'+NaN"),
            ("-Infinity", "'-Infinity"),
            ("\0x", "'\0x"),
            ("Kapital Bank", "Kapital Bank"),
            ("'plain quote", "'plain quote"),
            // Found by the round-trip property test: quotes of the text's own before a
            // formula character, one or several.
            ("''-", "'''-"),
            ("'-5", "''-5"),
            ("'''=x", "''''=x"),
        ] {
            assert_eq!(neutralise(cell), written, "{cell}");
            assert_eq!(restore(written), cell, "{written}");
        }
    }
}
