//! Wording: every interface string in three languages ([`text`]); dates, statuses and
//! precisions ([`present`]); the headline and Play's caption ([`summary`]); dataset rules in
//! every language ([`rules`]); the embed code offered to hosts ([`embed_code`]).
//! Pure: no DOM, no Leaflet.

pub mod embed_code;
pub mod present;
pub mod rules;
pub mod summary;
pub mod text;
