//! The reader's screen and settings, read through media queries: the same ones as
//! `style/main.css`, so the code and the style sheet agree on what a phone is.

/// A phone-width screen (`style/main.css`: `@media (max-width: 30rem)`).
pub const PHONE: &str = "(max-width: 30rem)";
/// Wide enough for the legend to start open beside the map.
pub const WIDE: &str = "(min-width: 768px)";
/// The reader asked for less motion.
pub const REDUCED_MOTION: &str = "(prefers-reduced-motion: reduce)";

/// Whether `query` matches now.
pub fn matches(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}
