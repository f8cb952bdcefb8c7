//! The dashboard decodes a fetched file's bytes itself (`decode_utf8`), as browsers'
//! `Response.text()` would: these are the WHATWG Encoding standard's results.

use karabakh_services_map::model::decode_utf8;

#[test]
fn sound_utf8_is_kept_as_it_is() {
    let text = "{\"name\": \"Şuşa — Шуша\"}";
    assert_eq!(decode_utf8(text.as_bytes().to_vec()), text);
}

#[test]
fn a_leading_byte_order_mark_is_dropped_and_a_later_one_kept() {
    let bytes = b"\xEF\xBB\xBF{\"a\": \"\xEF\xBB\xBF\"}".to_vec();
    assert_eq!(decode_utf8(bytes), "{\"a\": \"\u{feff}\"}");
}

#[test]
fn each_ill_formed_sequence_becomes_one_replacement_per_maximal_subpart() {
    let cases: [(&[u8], &str); 5] = [
        // A four-byte sequence cut short: one replacement.
        (b"a\xF0\x9F\x98b", "a\u{FFFD}b"),
        // An overlong lead byte is never valid: one replacement for each byte.
        (b"\xC0\x80", "\u{FFFD}\u{FFFD}"),
        // A UTF-8-encoded surrogate: three.
        (b"\xED\xA0\x80", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        // A lone continuation byte.
        (b"x\x80y", "x\u{FFFD}y"),
        // Latin-1 text mistaken for UTF-8.
        (b"caf\xE9!", "caf\u{FFFD}!"),
    ];
    for (bytes, text) in cases {
        assert_eq!(decode_utf8(bytes.to_vec()), text, "{bytes:?}");
    }
}

#[test]
fn an_empty_file_or_an_html_page_is_refused_before_parsing_by_page_and_tool_alike() {
    use karabakh_services_map::model::{unparsed, Unparsed};
    for empty in ["", " \n\t ", "\r\n"] {
        assert_eq!(unparsed(empty), Some(Unparsed::Empty), "{empty:?}");
    }
    for html in [
        "<!doctype html><title>Not found</title>",
        "\n  <html>",
        "<.>",
    ] {
        assert_eq!(unparsed(html), Some(Unparsed::Html), "{html:?}");
    }
    for json in ["{}", " [1]", "\"<not html>\"", "x"] {
        assert_eq!(unparsed(json), None, "{json:?}");
    }
}
