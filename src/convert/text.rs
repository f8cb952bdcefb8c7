//! Turning bytes into text: UTF-8 with or without a byte-order mark is read; other encodings are
//! rejected with the reason and what to do, never guessed at.

/// The text of `bytes`, or why it cannot be read. `name` is the file name used in messages.
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(format!(
            "{name}: the file is UTF-16; save it as UTF-8 (in Excel: \"CSV UTF-8\")"
        ));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let offset = e.valid_up_to();
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(format!(
                "{name}: line {line} (byte {offset}) is not UTF-8; the file is probably in another encoding (Windows-1251, Latin-1, …): save it as UTF-8"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_utf8_with_or_without_a_bom() {
        assert_eq!(decode("a.csv", "Şuşa".as_bytes()).unwrap(), "Şuşa");
        assert_eq!(decode("a.csv", b"\xEF\xBB\xBFid").unwrap(), "id");
    }

    #[test]
    fn rejects_other_encodings_with_the_reason() {
        let latin1 = b"id,name\nx,F\xFCzuli\n";
        let err = decode("a.csv", latin1).unwrap_err();
        assert!(err.contains("line 2") && err.contains("not UTF-8"), "{err}");
        assert!(decode("a.csv", b"\xFF\xFEi\0d\0")
            .unwrap_err()
            .contains("UTF-16"));
    }
}
