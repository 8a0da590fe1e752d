//! HTML: the prose of a scraped page, every byte of it mapped back to the
//! page.
//!
//! A page is mostly not its article: scripts, styles, navigation, headers,
//! footers, asides, forms. This reader drops those, drops tags and comments,
//! decodes character references (`&nbsp;`, `&eacute;`, `&#8239;`), and turns
//! block elements into line or paragraph breaks so that the sentences of two
//! paragraphs do not run together. It is a tag-level scanner, not a tree
//! builder: it follows the HTML standard's tokenizer where that matters for
//! finding text (comments, raw-text elements such as `<script>`, quoted
//! attribute values that contain `>`, character references with and without
//! a semicolon) and nothing more. An HTML tokenizer crate would fold
//! character references into its text, and the byte-exact map back to the
//! file ([`ProseBuilder`]) needs each of them apart; the scan is short.
//! The named character references are the standard's full table
//! (`htmlize::ENTITIES`).

use std::ops::Range;

use super::prose::{Break, OffsetMap, ProseBuilder};

/// The prose of the HTML page `original`, and its map into the page.
pub(crate) fn prose(original: &str) -> (String, OffsetMap) {
    let mut out = ProseBuilder::new(original);
    scan(original, 0..original.len(), &mut out);
    out.finish()
}

/// Adds the prose of the HTML in `range` of `original` to `out` (a whole
/// page, or an HTML block inside Markdown).
pub(crate) fn scan(original: &str, range: Range<usize>, out: &mut ProseBuilder<'_>) {
    let mut scanner = Scanner {
        bytes: original.as_bytes(),
        pos: range.start,
        end: range.end.min(original.len()),
        skip: None,
        pre: 0,
    };
    scanner.run(out);
}

/// What an element does to the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Its content is raw text up to its end tag, and none of it is prose
    /// (`<script>`, `<style>`, `<title>`).
    Raw,
    /// It and everything inside it are not the article (`<nav>`, `<form>`).
    Skip,
    /// A block: a break before and after it.
    Block(Break),
    /// Preformatted: its white space is kept.
    Pre,
}

/// The elements that are not plain inline markup, by lowercase name.
const ELEMENTS: &[(&str, Role)] = &[
    ("address", Role::Block(Break::Paragraph)),
    ("article", Role::Block(Break::Paragraph)),
    ("aside", Role::Skip),
    ("audio", Role::Skip),
    ("blockquote", Role::Block(Break::Paragraph)),
    ("body", Role::Block(Break::Paragraph)),
    ("br", Role::Block(Break::Line)),
    ("button", Role::Skip),
    ("canvas", Role::Skip),
    ("caption", Role::Block(Break::Line)),
    ("dd", Role::Block(Break::Line)),
    ("details", Role::Block(Break::Paragraph)),
    ("div", Role::Block(Break::Line)),
    ("dl", Role::Block(Break::Paragraph)),
    ("dt", Role::Block(Break::Line)),
    ("fieldset", Role::Block(Break::Line)),
    ("figcaption", Role::Block(Break::Line)),
    ("figure", Role::Block(Break::Paragraph)),
    ("footer", Role::Skip),
    ("form", Role::Skip),
    ("h1", Role::Block(Break::Paragraph)),
    ("h2", Role::Block(Break::Paragraph)),
    ("h3", Role::Block(Break::Paragraph)),
    ("h4", Role::Block(Break::Paragraph)),
    ("h5", Role::Block(Break::Paragraph)),
    ("h6", Role::Block(Break::Paragraph)),
    ("head", Role::Skip),
    ("header", Role::Skip),
    ("hr", Role::Block(Break::Paragraph)),
    ("iframe", Role::Raw),
    ("legend", Role::Block(Break::Line)),
    ("li", Role::Block(Break::Line)),
    ("listing", Role::Pre),
    ("main", Role::Block(Break::Paragraph)),
    ("math", Role::Skip),
    ("nav", Role::Skip),
    ("noembed", Role::Raw),
    ("noframes", Role::Raw),
    ("noscript", Role::Raw),
    ("object", Role::Skip),
    ("ol", Role::Block(Break::Paragraph)),
    ("option", Role::Block(Break::Line)),
    ("p", Role::Block(Break::Paragraph)),
    ("pre", Role::Pre),
    ("script", Role::Raw),
    ("section", Role::Block(Break::Paragraph)),
    ("select", Role::Skip),
    ("style", Role::Raw),
    ("summary", Role::Block(Break::Line)),
    ("svg", Role::Skip),
    ("table", Role::Block(Break::Paragraph)),
    ("tbody", Role::Block(Break::Line)),
    ("td", Role::Block(Break::Space)),
    ("template", Role::Skip),
    ("textarea", Role::Raw),
    ("tfoot", Role::Block(Break::Line)),
    ("th", Role::Block(Break::Space)),
    ("thead", Role::Block(Break::Line)),
    ("title", Role::Raw),
    ("tr", Role::Block(Break::Line)),
    ("ul", Role::Block(Break::Paragraph)),
    ("video", Role::Skip),
    ("xmp", Role::Raw),
];

/// The role of the element named `name` (any case), and its name as the
/// table spells it; `None` for inline and unknown elements.
fn role(name: &[u8]) -> Option<(&'static str, Role)> {
    ELEMENTS
        .iter()
        .find(|(known, _)| known.as_bytes().eq_ignore_ascii_case(name))
        .copied()
}

/// An element being skipped, with how many of its kind are open inside it.
#[derive(Clone, Copy, Debug)]
struct Skipping {
    name: &'static str,
    depth: usize,
}

/// The scan's state.
struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    /// The element being skipped, if any.
    skip: Option<Skipping>,
    /// How many preformatted elements are open.
    pre: usize,
}

impl Scanner<'_> {
    /// Scans to the end, giving `out` the prose.
    fn run(&mut self, out: &mut ProseBuilder<'_>) {
        while self.pos < self.end {
            let next = self.bytes[self.pos..self.end]
                .iter()
                .position(|&b| b == b'<' || b == b'&')
                .map_or(self.end, |i| self.pos + i);
            if next > self.pos {
                self.text(self.pos..next, out);
                self.pos = next;
            }
            if self.pos >= self.end {
                break;
            }
            if self.bytes[self.pos] == b'<' {
                self.markup(out);
            } else {
                self.reference(out);
            }
        }
    }

    /// Text of the page: prose unless inside a skipped element.
    fn text(&self, range: Range<usize>, out: &mut ProseBuilder<'_>) {
        if self.skip.is_some() {
            return;
        }
        if self.pre > 0 {
            out.copy(range);
        } else {
            out.flow(range);
        }
    }

    /// The byte at `i`, or 0 past the end.
    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.bytes[i]
        } else {
            0
        }
    }

    /// Just past the first `>` at or after `from`, or the end.
    fn past_gt(&self, from: usize) -> usize {
        self.find(from, b">").map_or(self.end, |i| i + 1)
    }

    /// Where `needle` first occurs at or after `from`.
    fn find(&self, from: usize, needle: &[u8]) -> Option<usize> {
        if from >= self.end {
            return None;
        }
        self.bytes[from..self.end]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| from + i)
    }

    /// A `<`: a tag, a comment, a declaration, or a plain "<".
    fn markup(&mut self, out: &mut ProseBuilder<'_>) {
        let start = self.pos;
        let next = self.at(start + 1);
        if self.bytes[start..self.end].starts_with(b"<!--") {
            self.pos = self.comment_end(start + 4);
        } else if next == b'!' || next == b'?' {
            // A doctype, CDATA section or processing instruction: dropped.
            self.pos = self.past_gt(start + 2);
        } else if next == b'/' {
            let first = self.at(start + 2);
            if first.is_ascii_alphabetic() {
                let name_end = self.name_end(start + 2);
                let (after, _) = self.attributes_end(name_end);
                self.pos = after;
                self.end_tag(start + 2..name_end, out);
            } else if first == b'>' {
                self.pos = start + 3;
            } else {
                self.pos = self.past_gt(start + 2);
            }
        } else if next.is_ascii_alphabetic() {
            let name_end = self.name_end(start + 1);
            let (after, self_closing) = self.attributes_end(name_end);
            self.pos = after;
            self.start_tag(start + 1..name_end, self_closing, out);
        } else {
            self.text(start..start + 1, out);
            self.pos = start + 1;
        }
    }

    /// Just past the end of a comment whose text starts at `from`: `-->`,
    /// `--!>`, or the empty comments `<!-->` and `<!--->`.
    fn comment_end(&self, from: usize) -> usize {
        if self.at(from) == b'>' {
            return from + 1;
        }
        if self.at(from) == b'-' && self.at(from + 1) == b'>' {
            return from + 2;
        }
        let mut i = from;
        while let Some(dashes) = self.find(i, b"--") {
            match (self.at(dashes + 2), self.at(dashes + 3)) {
                (b'>', _) => return dashes + 3,
                (b'!', b'>') => return dashes + 4,
                _ => i = dashes + 1,
            }
        }
        self.end
    }

    /// Where a tag name starting at `from` ends.
    fn name_end(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.end
            && !matches!(self.bytes[i], b'/' | b'>')
            && !self.bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        i
    }

    /// Skips the attributes of a tag from `from`: just past its `>` (or the
    /// end), and whether it closed with `/>`.
    fn attributes_end(&self, from: usize) -> (usize, bool) {
        let mut i = from;
        let mut slash = false;
        while i < self.end {
            let b = self.bytes[i];
            if b == b'>' {
                return (i + 1, slash);
            }
            if b == b'/' {
                slash = true;
                i += 1;
                continue;
            }
            slash = false;
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            // An attribute name (a leading "=" belongs to it), then maybe a value.
            i += 1;
            while i < self.end
                && !matches!(self.bytes[i], b'/' | b'>' | b'=')
                && !self.bytes[i].is_ascii_whitespace()
            {
                i += 1;
            }
            let mut j = i;
            while j < self.end && self.bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if self.at(j) != b'=' {
                continue;
            }
            j += 1;
            while j < self.end && self.bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            let quote = self.at(j);
            if quote == b'"' || quote == b'\'' {
                i = self.find(j + 1, &[quote]).map_or(self.end, |q| q + 1);
            } else {
                i = j;
                while i < self.end && self.bytes[i] != b'>' && !self.bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
            }
        }
        (self.end, false)
    }

    /// A start tag named by `name`.
    fn start_tag(&mut self, name: Range<usize>, self_closing: bool, out: &mut ProseBuilder<'_>) {
        let name = &self.bytes[name];
        let Some((known, role)) = role(name) else {
            return;
        };
        if role == Role::Raw {
            if !self_closing {
                self.pos = self.raw_text_end(self.pos, known);
            }
            return;
        }
        if let Some(skipping) = &mut self.skip {
            if skipping.name == known && !self_closing {
                skipping.depth += 1;
            } else if skipping.name == "head" && known == "body" {
                // A page that leaves `</head>` out ends its head here.
                self.skip = None;
                out.brk(Break::Paragraph);
            }
            return;
        }
        match role {
            Role::Skip if !self_closing => {
                self.skip = Some(Skipping {
                    name: known,
                    depth: 1,
                });
                out.brk(Break::Line);
            }
            Role::Block(kind) => out.brk(kind),
            Role::Pre => {
                out.brk(Break::Paragraph);
                if !self_closing {
                    self.pre += 1;
                }
            }
            Role::Skip | Role::Raw => {}
        }
    }

    /// An end tag named by `name`.
    fn end_tag(&mut self, name: Range<usize>, out: &mut ProseBuilder<'_>) {
        let name = &self.bytes[name];
        let Some((known, role)) = role(name) else {
            return;
        };
        if let Some(skipping) = &mut self.skip {
            if skipping.name == known {
                skipping.depth -= 1;
                if skipping.depth == 0 {
                    self.skip = None;
                    out.brk(Break::Line);
                }
            } else if known == "body" {
                // Whatever was left open ends with the body.
                self.skip = None;
            }
            return;
        }
        match role {
            Role::Block(kind) => out.brk(kind),
            Role::Pre => {
                self.pre = self.pre.saturating_sub(1);
                out.brk(Break::Paragraph);
            }
            Role::Skip | Role::Raw => {}
        }
    }

    /// Just past the end tag that closes the raw-text element `name` whose
    /// content starts at `from` (`</script>`, any case), or the end.
    fn raw_text_end(&self, from: usize, name: &str) -> usize {
        let mut i = from;
        while let Some(lt) = self.find(i, b"</") {
            let name_start = lt + 2;
            let name_end = name_start + name.len();
            let matches = name_end <= self.end
                && self.bytes[name_start..name_end].eq_ignore_ascii_case(name.as_bytes());
            let after = self.at(name_end);
            if matches
                && (after == b'>'
                    || after == b'/'
                    || after.is_ascii_whitespace()
                    || name_end == self.end)
            {
                return self.attributes_end(name_end).0;
            }
            i = lt + 2;
        }
        self.end
    }

    /// A `&`: a character reference, or a plain "&".
    fn reference(&mut self, out: &mut ProseBuilder<'_>) {
        let start = self.pos;
        if self.skip.is_some() {
            self.pos = start + 1;
            return;
        }
        match character_reference(&self.bytes[start..self.end]) {
            Some((len, decoded)) => {
                out.replace(start..start + len, &decoded);
                self.pos = start + len;
            }
            None => {
                self.text(start..start + 1, out);
                self.pos = start + 1;
            }
        }
    }
}

/// The character reference at the start of `bytes` (which starts with
/// `&`): how many bytes it takes and what it stands for, or `None` when the
/// `&` is only an ampersand.
fn character_reference(bytes: &[u8]) -> Option<(usize, String)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The prose of `html`.
    fn text(html: &str) -> String {
        prose(html).0
    }

    #[test]
    fn tags_scripts_styles_and_comments_are_dropped() {
        let cases = [
            ("<p>Dix-sept <b>médias</b></p>", "Dix-sept médias"),
            ("<b>17</b> médias", "17 médias"),
            ("<b>17</b>\n<i>médias</i>", "17 médias"),
            ("a<script>var n = 42; if (a</b) {}</script>b", "ab"),
            ("a<SCRIPT type=x>42</ScRiPt >b", "ab"),
            ("a<style>p { width: 12px }</style>b", "ab"),
            ("a<!-- 12 ministres -->b<!---->c<!-->d", "abcd"),
            ("<!DOCTYPE html><?xml x?>a", "a"),
            ("<a title=\"3 > 2\" href='x>y'>lien</a>", "lien"),
            ("<p>1 < 2 & 3</p>", "1 < 2 & 3"),
            ("a</>b</ x>c", "abc"),
            (
                "<nav>12 rubriques</nav><p>17 médias</p><footer>© 2021</footer>",
                "17 médias",
            ),
            (
                "<header><h1>Titre 3</h1></header><article><p>x</p></article>",
                "x",
            ),
            ("<aside><aside>1</aside>2</aside>3", "3"),
            ("<form><input value=4>5</form>6", "6"),
            (
                "<html><head><title>7 titres</title><meta charset=utf-8></head><body>8",
                "8",
            ),
            ("<head><title>t</title><body>9", "9"),
            ("<svg/>10", "10"),
            ("unclosed <script>42", "unclosed "),
            ("unclosed <!-- 42", "unclosed "),
        ];
        for (html, want) in cases {
            assert_eq!(text(html), want, "{html}");
        }
    }

    #[test]
    fn blocks_break_lines() {
        let cases = [
            ("<p>un</p><p>deux</p>", "un\n\ndeux"),
            ("un<br>deux<br/>trois", "un\ndeux\ntrois"),
            (
                "<ul><li>1 chat</li><li>2 chiens</li></ul>",
                "1 chat\n2 chiens",
            ),
            ("<div>a</div><div>b</div>", "a\nb"),
            ("<h2>Titre</h2>Texte", "Titre\n\nTexte"),
            (
                "<table><tr><td>14</td><td>ministres</td></tr><tr><td>x</td></tr></table>",
                "14 ministres\nx",
            ),
            ("<blockquote>a</blockquote>b", "a\n\nb"),
            (
                "<p>\n   plus de 50 000\n   numéros\n</p>",
                "plus de 50 000    numéros ",
            ),
            ("<pre>a\n  b</pre>c", "a\n  b\n\nc"),
        ];
        for (html, want) in cases {
            assert_eq!(text(html), want, "{html}");
        }
    }

    #[test]
    fn character_references_are_decoded() {
        let cases = [
            ("17&nbsp;médias", "17\u{a0}médias"),
            (
                "m&eacute;dias &amp; t&#233;l&#xE9;phones",
                "médias & téléphones",
            ),
            ("&laquo;&#8239;x&#8239;&raquo;", "«\u{202f}x\u{202f}»"),
            ("&eacute sans point-virgule", "é sans point-virgule"),
            ("&notit; &copy2021", "¬it; ©2021"),
            (
                "&#146; &#0; &#x110000; &#xD800;",
                "’ \u{FFFD} \u{FFFD} \u{FFFD}",
            ),
            ("&unknown; &#; &#x; & x", "&unknown; &#; &#x; & x"),
            ("&#99999999999999999999;", "\u{FFFD}"),
        ];
        for (html, want) in cases {
            assert_eq!(text(html), want, "{html}");
        }
    }

    #[test]
    fn every_prose_byte_maps_into_the_page() {
        let html = "<p>Selon <b>Le&nbsp;Monde</b>, 17&#160;m&eacute;dias\n<i>et</i> 50 000 num&#233;ros.</p>";
        let (text, map) = prose(html);
        assert_eq!(
            text,
            "Selon Le\u{a0}Monde, 17\u{a0}médias et 50 000 numéros."
        );
        let find = |words: &str| {
            let at = text.find(words).unwrap_or(0);
            &html[map.span(at..at + words.len())]
        };
        assert_eq!(find("17\u{a0}médias"), "17&#160;m&eacute;dias");
        assert_eq!(find("Le\u{a0}Monde"), "Le&nbsp;Monde");
        assert_eq!(find("médias et 50"), "m&eacute;dias\n<i>et</i> 50");
        assert_eq!(find("numéros"), "num&#233;ros");
        // Every character of the prose maps inside the page, in order.
        let mut last = 0;
        for (i, c) in text.char_indices() {
            let span = map.span(i..i + c.len_utf8());
            assert!(span.start >= last && span.end <= html.len(), "{i} {span:?}");
            assert!(html.is_char_boundary(span.start) && html.is_char_boundary(span.end));
            last = span.start;
        }
    }
}
