//! Which language the interface speaks: `?lang=` when the link names one, else the browser's
//! first language we have, else English. Most components read it once when they mount
//! ([`text`]) and the dashboard builds them again when the language changes; the language
//! buttons and the map stay and follow [`Lang`] themselves. Everything else (filters,
//! selection, time, the map's view) stays as it was.

use leptos::prelude::*;

use crate::words::text::{Text, EN};

/// The language the dashboard speaks now.
#[derive(Clone, Copy)]
pub struct Lang(pub Memo<&'static Text>);

/// The browser's preferred language among ours.
pub fn browser_text() -> Option<&'static Text> {
    let navigator = web_sys::window()?.navigator();
    let languages = navigator.languages();
    languages
        .iter()
        .filter_map(|l| l.as_string())
        .chain(navigator.language())
        .find_map(|code| Text::for_code(&code))
}

/// The language the address asks for, or the browser's, or English.
pub fn initial_text() -> &'static Text {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| crate::query::url::parse(&s).lang)
        .and_then(|code| Text::for_code(&code));
    asked.or_else(browser_text).unwrap_or(&EN)
}

/// The interface strings to use: the dashboard's language where it is known, else
/// [`initial_text`].
pub fn text() -> &'static Text {
    use_context::<Lang>()
        .map(|l| l.0.get_untracked())
        .unwrap_or_else(initial_text)
}

/// Sets `<html lang>` to `t`'s language.
pub fn set_document_language(t: &Text) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", t.lang);
    }
}
