//! What can be wrong with a dataset, in words that point at the exact place to fix.

use std::fmt;

use super::rule::Rule;

/// The part of a dataset a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The dataset's own metadata (title, licence, …).
    Dataset,
    /// `categories[index]`.
    Category {
        /// Position in the list.
        index: usize,
        /// Its id, when it has one.
        id: Option<String>,
    },
    /// `places[index]`.
    Place {
        /// Position in the list.
        index: usize,
        /// Its name, when it has one.
        name: Option<String>,
    },
    /// `context[index]`.
    Context {
        /// Position in the list.
        index: usize,
        /// Its id, when it has one.
        id: Option<String>,
    },
    /// `records[index]`.
    Record {
        /// Position in the list.
        index: usize,
        /// Its id, when it has one.
        id: Option<String>,
    },
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (list, index, key) = match self {
            Self::Dataset => return f.write_str("dataset"),
            Self::Category { index, id } => ("categories", index, id),
            Self::Place { index, name } => ("places", index, name),
            Self::Context { index, id } => ("context", index, id),
            Self::Record { index, id } => ("records", index, id),
        };
        write!(f, "{list}[{index}]")?;
        if let Some(key) = key {
            write!(f, " (\"{key}\")")?;
        }
        Ok(())
    }
}

/// One broken rule: which part, which field, which value, and the rule it breaks.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Which record (or other part) it is in.
    pub subject: Subject,
    /// Path of the field within it, e.g. `location.lat` or `sources[1].url`.
    pub field: String,
    /// The offending value as JSON (shortened), or `(missing)`.
    pub value: String,
    /// The rule it breaks.
    pub rule: Rule,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: field \"{}\" = {}: {}",
            self.subject, self.field, self.value, self.rule
        )
    }
}

/// `text` cut to at most `max` characters, with "…" when it was longer: what a reader is
/// shown of a value that may be huge.
pub fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max).collect();
    out.push('…');
    out
}

impl Problem {
    /// The problem in one line for a reader, with the record's key, the field and the value
    /// each cut to `max` characters (a 1 MB name is not echoed whole). The data tool prints
    /// problems whole.
    pub fn short(&self, max: usize) -> String {
        self.short_as(
            max,
            &self.subject.to_string(),
            "field",
            &self.rule.to_string(),
        )
    }

    /// [`Problem::short`] with the subject, the word for "field" and the rule given (in
    /// another language, say).
    pub fn short_as(&self, max: usize, subject: &str, field_word: &str, rule: &str) -> String {
        format!(
            "{}: {field_word} \"{}\" = {}: {rule}",
            cut(subject, max + 20),
            cut(&self.field, max),
            cut(&self.value, max),
        )
    }
}

/// Why a dataset could not be used at all.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The text is not JSON.
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// The parser's words for what it expected.
        message: String,
    },
    /// The text stops before the JSON is complete (a cut-off download or an unfinished file).
    #[error("the JSON ends early, at line {line}: the file was cut off or is incomplete")]
    Truncated {
        /// Line, from 1, where the text ends.
        line: usize,
    },
    /// The dataset's metadata or categories break rules, so no record can be trusted.
    #[error("{} problem(s) in the dataset's metadata; first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Problem>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_value_or_key_is_cut_for_readers() {
        let huge = "x".repeat(1_000_000);
        let p = Problem {
            subject: Subject::Record {
                index: 3,
                id: Some(huge.clone()),
            },
            field: "name".into(),
            value: format!("\"{huge}\""),
            rule: Rule::Latitude,
        };
        let line = p.short(80);
        assert!(
            line.chars().count() < 300,
            "{} characters",
            line.chars().count()
        );
        assert!(line.starts_with("records[3] (\"xxx"));
        assert!(line.ends_with(": latitude must be between -90 and 90"));
        assert_eq!(line.matches('…').count(), 2);
    }
}
