//! Reads one JSON object field by field, so that every bad field is reported, not only the
//! first one serde would stop at, and unknown fields (typos such as `lattitude`) are caught.

use serde_json::{Map, Value};

use super::dataset::Localized;
use super::date::PartialDate;
use super::rule::Rule;

/// A field-level finding, before it is tied to a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Path of the field inside its record, e.g. `sources[0].url`.
    pub field: String,
    /// The offending value as short JSON, or `(missing)`.
    pub value: String,
    /// The rule it breaks.
    pub rule: Rule,
}

/// Shortened JSON text of a value, for messages.
pub fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// A reader over one JSON object that remembers which keys were asked for.
pub struct Fields<'a> {
    object: Option<&'a Map<String, Value>>,
    prefix: String,
    known: Vec<&'static str>,
    /// Everything found wrong so far, in field order.
    pub findings: Vec<Finding>,
}

impl<'a> Fields<'a> {
    /// Reads `value`, which must be an object; `prefix` is its path (`""` for a record, or
    /// `location.`).
    pub fn new(value: &'a Value, prefix: &str) -> Self {
        let mut fields = Self {
            object: value.as_object(),
            prefix: prefix.to_string(),
            known: Vec::new(),
            findings: Vec::new(),
        };
        if fields.object.is_none() {
            let path = prefix.trim_end_matches('.');
            fields.findings.push(Finding {
                field: if path.is_empty() {
                    "(whole entry)".into()
                } else {
                    path.into()
                },
                value: show(value),
                rule: Rule::NotObject,
            });
        }
        fields
    }

    /// Whether the value given to [`Fields::new`] was an object at all.
    pub fn is_object(&self) -> bool {
        self.object.is_some()
    }

    /// The path of `key` for messages.
    pub fn path(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// Records a problem with `key`.
    pub fn fail(&mut self, key: &str, value: &Value, rule: Rule) {
        self.findings.push(Finding {
            field: self.path(key),
            value: show(value),
            rule,
        });
    }

    /// Records a problem with `key`, showing its value exactly as the file writes it.
    pub fn fail_raw(&mut self, key: &str, rule: Rule) {
        let value = self
            .object
            .and_then(|o| o.get(key))
            .cloned()
            .unwrap_or(Value::Null);
        self.fail(key, &value, rule);
    }

    /// Records a problem with `key` whose value is a string already shown.
    pub fn fail_text(&mut self, key: &str, value: &str, rule: Rule) {
        self.fail(key, &Value::String(value.to_string()), rule);
    }

    /// The raw value of `key`, `None` when absent or `null`.
    pub fn raw(&mut self, key: &'static str) -> Option<&'a Value> {
        self.known.push(key);
        self.object?.get(key).filter(|v| !v.is_null())
    }

    /// The raw value of `key`, reporting it when absent.
    pub fn required(&mut self, key: &'static str) -> Option<&'a Value> {
        let value = self.raw(key);
        if value.is_none() && self.object.is_some() {
            self.findings.push(Finding {
                field: self.path(key),
                value: "(missing)".into(),
                rule: Rule::Required,
            });
        }
        value
    }

    fn text_of(&mut self, key: &'static str, value: Option<&'a Value>) -> Option<String> {
        let value = value?;
        match value.as_str() {
            Some(text) if text.trim().is_empty() => {
                self.fail(key, value, Rule::NotEmpty);
                None
            }
            Some(text) => Some(text.trim().to_string()),
            None => {
                self.fail(key, value, Rule::NotText);
                None
            }
        }
    }

    /// A required, non-empty string.
    pub fn string(&mut self, key: &'static str) -> Option<String> {
        let value = self.required(key);
        self.text_of(key, value)
    }

    /// An optional string; empty counts as absent with a finding.
    pub fn opt_string(&mut self, key: &'static str) -> Option<String> {
        let value = self.raw(key);
        self.text_of(key, value)
    }

    /// An optional number.
    pub fn opt_number(&mut self, key: &'static str) -> Option<f64> {
        let value = self.raw(key)?;
        match value.as_f64() {
            Some(number) => Some(number),
            None => {
                self.fail(key, value, Rule::NotNumber);
                None
            }
        }
    }

    /// An optional boolean, `false` when absent.
    pub fn flag(&mut self, key: &'static str) -> bool {
        match self.raw(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(value) => {
                self.fail(key, value, Rule::NotBool);
                false
            }
        }
    }

    /// An optional ISO 8601 date.
    pub fn opt_date(&mut self, key: &'static str) -> Option<PartialDate> {
        let text = self.opt_string(key)?;
        match PartialDate::parse(&text) {
            Ok(date) => Some(date),
            Err(err) => {
                self.fail_text(key, &text, Rule::Date(text.clone(), err));
                None
            }
        }
    }

    /// Text in several languages: a string (taken as English) or `{"en": …, "az": …}`.
    pub fn localized(&mut self, key: &'static str, required: bool) -> Option<Localized> {
        let value = if required {
            self.required(key)
        } else {
            self.raw(key)
        }?;
        match value {
            Value::String(text) if !text.trim().is_empty() => Some(Localized::en(text.trim())),
            Value::Object(map) if !map.is_empty() => {
                let mut texts = std::collections::BTreeMap::new();
                for (lang, text) in map {
                    match text.as_str().map(str::trim) {
                        Some(text) if !text.is_empty() => {
                            texts.insert(lang.clone(), text.to_string());
                        }
                        _ => self.fail(&format!("{key}.{lang}"), text, Rule::EmptyText),
                    }
                }
                (!texts.is_empty()).then(|| Localized::from_pairs(texts))
            }
            _ => {
                self.fail(key, value, Rule::NotTextOrLanguages);
                None
            }
        }
    }

    /// An array (required or not); reports a value of another type.
    pub fn array(&mut self, key: &'static str, required: bool) -> Option<&'a Vec<Value>> {
        let value = if required {
            self.required(key)
        } else {
            self.raw(key)
        }?;
        match value.as_array() {
            Some(items) => Some(items),
            None => {
                self.fail(key, value, Rule::NotArray);
                None
            }
        }
    }

    /// Reports every key that no reader asked for. Call last.
    pub fn finish(mut self) -> Vec<Finding> {
        if let Some(object) = self.object {
            for (key, value) in object {
                if !self.known.contains(&key.as_str()) {
                    let rule = Rule::UnknownField(self.known.join(", "));
                    self.fail(key, value, rule);
                }
            }
        }
        self.findings
    }
}
