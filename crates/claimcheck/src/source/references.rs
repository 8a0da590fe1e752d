//! Character references of HTML (`&eacute;`, `&#233;`, `&#xE9;`), decoded
//! as the HTML standard says, named ones from its full table (the htmlize
//! crate's), so that `<b>17</b>&nbsp;médias` reads "17 médias".

/// The character reference at the start of `bytes` (which starts with
/// `&`): how many bytes it takes and what it stands for, or `None` when the
/// `&` is only an ampersand.
pub(crate) fn character_reference(bytes: &[u8]) -> Option<(usize, String)> {
    if bytes.get(1) == Some(&b'#') {
        return numeric_reference(bytes);
    }
    let name_len = bytes[1..]
        .iter()
        .take(htmlize::ENTITY_MAX_LENGTH)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let lookup = |key: &[u8]| {
        htmlize::ENTITIES
            .get(key)
            .and_then(|v| std::str::from_utf8(v).ok())
            .map(str::to_string)
    };
    if bytes.get(1 + name_len) == Some(&b';') {
        if let Some(expansion) = lookup(&bytes[..name_len + 2]) {
            return Some((name_len + 2, expansion));
        }
    }
    // The legacy names that need no semicolon ("&eacute", "&amp"), longest
    // first, as the standard matches them.
    let longest = name_len.min(htmlize::BARE_ENTITY_MAX_LENGTH - 1);
    (2..=longest)
        .rev()
        .find_map(|len| lookup(&bytes[..len + 1]).map(|e| (len + 1, e)))
}

/// A numeric character reference (`&#233;`, `&#xE9;`, with or without the
/// semicolon), decoded as the standard says: code points that are not
/// characters become U+FFFD, and 0x80–0x9F are read as Windows-1252, as
/// pages written on Windows meant them.
fn numeric_reference(bytes: &[u8]) -> Option<(usize, String)> {
    let mut i = 2;
    let hex = matches!(bytes.get(i), Some(b'x' | b'X'));
    if hex {
        i += 1;
    }
    let radix = if hex { 16 } else { 10 };
    let digits_start = i;
    let mut value: u32 = 0;
    while let Some(d) = bytes.get(i).and_then(|&b| (b as char).to_digit(radix)) {
        value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000);
        i += 1;
    }
    if i == digits_start {
        return None;
    }
    if bytes.get(i) == Some(&b';') {
        i += 1;
    }
    let decoded = match value {
        0 => '\u{FFFD}'.to_string(),
        0x80..=0x9F => {
            let byte = [value as u8];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            text.into_owned()
        }
        _ => char::from_u32(value).unwrap_or('\u{FFFD}').to_string(),
    };
    Some((i, decoded))
}
