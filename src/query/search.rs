//! Text search that ignores case and diacritics and knows the other spellings of places that
//! the dataset's gazetteer lists (Shusha / Şuşa / Shushi).

use crate::model::{Dataset, Record};

/// Canonical decomposition (NFD) with the combining marks (Unicode category M) removed, for
/// many texts at once. Natively this is the `unicode-normalization` crate; in the browser it is
/// the browser's own `String.prototype.normalize("NFD")` and `/\p{M}/gu`, the same Unicode
/// algorithm, which keeps the crate's tables out of the download. One call for all texts,
/// joined by U+001F (a control character NFD leaves alone), so 50,000 records cross into
/// JavaScript once. `tests/fixtures/folding.json` holds spellings both must fold alike.
#[cfg(not(target_arch = "wasm32"))]
fn strip_marks(texts: &[&str]) -> Vec<String> {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    texts
        .iter()
        .map(|t| t.nfd().filter(|c| !is_combining_mark(*c)).collect())
        .collect()
}

#[cfg(target_arch = "wasm32")]
fn strip_marks(texts: &[&str]) -> Vec<String> {
    const SEPARATOR: char = '\u{1f}';
    let joined: String = texts
        .iter()
        .map(|t| t.replace(SEPARATOR, " "))
        .collect::<Vec<_>>()
        .join("\u{1f}");
    let marks = js_sys::RegExp::new("\\p{M}", "gu");
    let stripped = js_sys::JsString::from(joined.as_str())
        .normalize("NFD")
        .replace_by_pattern(&marks, "");
    String::from(stripped)
        .split(SEPARATOR)
        .map(str::to_string)
        .collect()
}

/// Folds text for matching: lower case, no diacritics, letters without a decomposition mapped
/// to their base (`ə`→`e`, `ı`→`i`), everything else that is not a letter or digit a space.
pub fn fold(text: &str) -> String {
    fold_all(&[text]).pop().unwrap_or_default()
}

/// [`fold`] for many texts at once (one crossing into JavaScript in the browser).
pub fn fold_all(texts: &[&str]) -> Vec<String> {
    strip_marks(texts)
        .into_iter()
        .map(|text| {
            let mut out = String::with_capacity(text.len());
            for c in text.chars() {
                for lower in c.to_lowercase() {
                    match lower {
                        'ə' => out.push('e'),
                        'ı' => out.push('i'),
                        'ø' => out.push('o'),
                        'ł' => out.push('l'),
                        'đ' => out.push('d'),
                        'ß' => out.push_str("ss"),
                        'ё' => out.push('е'),
                        c if c.is_alphanumeric() => out.push(c),
                        _ => out.push(' '),
                    }
                }
            }
            out
        })
        .collect()
}

/// Every name a record can be found by, folded once, and the gazetteer's groups of spellings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchIndex {
    /// Per record, its folded names, operator, town and district, then its notes.
    haystacks: Vec<String>,
    /// Per record, where its notes start in its haystack, to tell a match in the notes alone.
    cores: Vec<u32>,
    /// Per record, its folded town (a position in `town_names`), to rank a located place's
    /// records first.
    towns: Vec<u32>,
    /// Each folded town name once, and where it is in that list.
    town_names: Vec<String>,
    town_at: std::collections::HashMap<String, u32>,
    spellings: Vec<Vec<String>>,
}

impl SearchIndex {
    /// Indexes names (every language), operator, town, district and notes of every record,
    /// and each place's name with its other spellings.
    pub fn new(dataset: &Dataset) -> Self {
        let mut index = Self::places(dataset);
        index.add_records(dataset, 0..dataset.records.len());
        index
    }

    /// An index of the gazetteer's spellings and no record yet: [`SearchIndex::add_records`]
    /// adds them, in as many parts as the caller likes (the app yields to the browser between
    /// parts).
    pub fn places(dataset: &Dataset) -> Self {
        let spellings = dataset
            .places
            .iter()
            .map(|p| {
                std::iter::once(p.name.as_str())
                    .chain(p.names.all())
                    .chain(p.other_names.iter().map(String::as_str))
                    .map(|n| fold(n).trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect()
            })
            .collect();
        Self {
            spellings,
            ..Self::default()
        }
    }

    /// How many records are indexed so far (they are indexed in dataset order).
    pub fn records(&self) -> usize {
        self.haystacks.len()
    }

    /// Indexes the records at `range`, which must start where the index has got to.
    pub fn add_records(&mut self, dataset: &Dataset, range: std::ops::Range<usize>) {
        debug_assert_eq!(range.start, self.records());
        let records = &dataset.records[range];
        let core: Vec<String> = records
            .iter()
            .map(|r: &Record| {
                let mut parts: Vec<&str> = r.name.all().collect();
                parts.extend(r.operator.as_deref());
                parts.push(&r.location.town);
                parts.extend(r.location.district.as_deref());
                parts.join(" ")
            })
            .collect();
        let texts: Vec<&str> = core.iter().map(String::as_str).collect();
        let notes: Vec<&str> = records
            .iter()
            .map(|r| r.notes.as_deref().unwrap_or(""))
            .collect();
        for (core, notes) in fold_all(&texts).into_iter().zip(fold_all(&notes)) {
            let haystack = format!(" {core} {notes} ");
            self.cores.push(core.len() as u32 + 2);
            self.haystacks.push(haystack);
        }
        // Towns repeat: each new one is numbered when first met, and folded once.
        let mut new: Vec<&str> = Vec::new();
        for r in records {
            let town = r.location.town.as_str();
            let at = match self.town_at.get(town) {
                Some(&at) => at,
                None => {
                    let at = (self.town_names.len() + new.len()) as u32;
                    self.town_at.insert(town.to_string(), at);
                    new.push(town);
                    at
                }
            };
            self.towns.push(at);
        }
        self.town_names
            .extend(fold_all(&new).into_iter().map(|t| t.trim().to_string()));
    }

    /// The gazetteer place the whole (folded) query names, in any of its spellings:
    /// `Şuşa`, `shusha` and `Shushi` all name Shusha. Its position in `Dataset::places`.
    pub fn place(&self, folded_query: &str) -> Option<usize> {
        let words: Vec<&str> = folded_query.split_whitespace().collect();
        if words.is_empty() {
            return None;
        }
        let query = words.join(" ");
        self.spellings
            .iter()
            .position(|group| group.contains(&query))
    }

    /// Whether record `index` is in the place at position `place` (its town is one of the
    /// place's spellings).
    pub fn in_place(&self, index: usize, place: usize) -> bool {
        self.spellings.get(place).is_some_and(|group| {
            let town = &self.town_names[self.towns[index] as usize];
            group.iter().any(|name| name == town)
        })
    }

    /// Whether record `index` matches the (folded) query only through its notes.
    pub fn only_in_notes(&self, index: usize, folded_query: &str) -> bool {
        let core = &self.haystacks[index][..self.cores[index] as usize];
        self.matches(index, folded_query) && !self.matches_in(core, folded_query)
    }

    /// The spellings a query word stands for: all of a place's names when the word is one of
    /// them (`susa` → `shusha`, `susa`, `shushi`), else the word itself.
    fn alternatives<'a>(&'a self, word: &'a str) -> Vec<&'a str> {
        let mut out = vec![word];
        for group in &self.spellings {
            if group.iter().any(|name| name == word) {
                out.extend(group.iter().map(String::as_str));
            }
        }
        out
    }

    /// Whether record `index` matches every word of the (already folded) query.
    pub fn matches(&self, index: usize, folded_query: &str) -> bool {
        self.matches_in(&self.haystacks[index], folded_query)
    }

    fn matches_in(&self, haystack: &str, folded_query: &str) -> bool {
        folded_query.split_whitespace().all(|word| {
            self.alternatives(word)
                .iter()
                .any(|alt| haystack.contains(alt))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Şuşa"), "susa");
        assert_eq!(fold("Qubadlı"), "qubadli");
        assert_eq!(fold("Füzuli"), "fuzuli");
        assert_eq!(fold("Cəbrayıl"), "cebrayil");
        assert_eq!(fold("SOCAR-Petroleum"), "socar petroleum");
    }
}
