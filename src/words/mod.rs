//! Wording: every interface string in three languages ([`text`]); dates, statuses and
//! precisions ([`present`]); the headline and Play's caption ([`summary`]); dataset rules in
//! the reader's language ([`rule_text`]); the embed code offered to hosts ([`embed_code`]).
//! Pure: no DOM, no Leaflet.

pub mod embed_code;
pub mod present;
pub mod rule_text;
pub mod summary;
pub mod text;
