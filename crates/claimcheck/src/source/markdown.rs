//! Markdown: the prose of a `.md` file, every byte of it mapped back to the
//! file.
//!
//! Code (fenced, indented, inline), link targets, images, HTML comments and
//! front matter are not prose: a version number in a code block or a figure
//! in a URL is not a claim. pulldown-cmark parses the file and gives each
//! event its byte range, so the prose is its text events, copied with their
//! offsets ([`ProseBuilder`]); escapes and entities ("\*", "&eacute;") stand
//! for their source bytes. Soft line breaks inside a paragraph become spaces
//! (a hard-wrapped sentence is one sentence), blocks are separated by line or
//! paragraph breaks, and HTML blocks go through the HTML reader.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::html;
use super::prose::{Break, OffsetMap, ProseBuilder};

/// The prose of the Markdown text `original`, and its map into it.
pub(crate) fn prose(original: &str) -> (String, OffsetMap) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut reader = Reader {
        original,
        out: ProseBuilder::new(original),
        hidden: 0,
        links: Vec::new(),
    };
    for (event, range) in Parser::new_ext(original, options).into_offset_iter() {
        reader.event(event, range);
    }
    reader.out.finish()
}

/// The walk over a Markdown file's events, writing its prose.
struct Reader<'a> {
    original: &'a str,
    out: ProseBuilder<'a>,
    /// How many elements whose text is not prose are open (code blocks,
    /// images, front matter, HTML blocks, autolinks).
    hidden: usize,
    /// For each open link, whether it hides its text (an autolink's text is
    /// its URL).
    links: Vec<bool>,
}

impl Reader<'_> {
    /// Takes one event of the parser, with the bytes of the file it covers.
    fn event(&mut self, event: Event<'_>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(end) => self.end(end),
            Event::Text(text) if self.hidden == 0 => {
                space_over_dropped(self.original, &mut self.out, range.start);
                if self.original.get(range.clone()) == Some(&*text) {
                    self.out.flow(range);
                } else {
                    self.out.replace(range, &text);
                }
            }
            Event::SoftBreak if self.hidden == 0 => {
                let blank = self
                    .original
                    .get(range.clone())
                    .is_some_and(|s| s.bytes().all(|b| b.is_ascii_whitespace()));
                if blank {
                    // Stands for a space; `flow` makes it one, byte for byte.
                    self.out.brk(Break::Space);
                } else {
                    self.out.replace(range, " ");
                }
            }
            Event::HardBreak => self.out.brk(Break::Line),
            Event::Rule => self.out.brk(Break::Paragraph),
            // Inline code, inline HTML (tags and comments), math, footnote
            // marks, task-list boxes, and the text of hidden elements.
            _ => {}
        }
    }

    /// An element opens: code, images and front matter hide their text; an
    /// HTML block is read as HTML; an autolink hides its URL.
    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => self.hidden += 1,
            Tag::HtmlBlock => {
                if self.hidden == 0 {
                    self.out.brk(Break::Paragraph);
                    html::scan(self.original, range, &mut self.out);
                    self.out.brk(Break::Paragraph);
                }
                self.hidden += 1;
            }
            Tag::Link { link_type, .. } => {
                let hides = matches!(link_type, LinkType::Autolink | LinkType::Email);
                self.links.push(hides);
                self.hidden += usize::from(hides);
            }
            Tag::TableCell => self.out.brk(Break::Space),
            _ => {}
        }
    }

    /// An element closes: blocks end their paragraph or line, so that two
    /// of them never run into one sentence.
    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock => {
                self.hidden = self.hidden.saturating_sub(1);
                if end == TagEnd::CodeBlock {
                    self.out.brk(Break::Paragraph);
                }
            }
            TagEnd::Link if self.links.pop() == Some(true) => {
                self.hidden = self.hidden.saturating_sub(1);
            }
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionList => self.out.brk(Break::Paragraph),
            TagEnd::Item
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.out.brk(Break::Line),
            TagEnd::TableCell => self.out.brk(Break::Space),
            _ => {}
        }
    }
}

/// Owes a space before a piece at `at` when what was dropped since the last
/// piece held white space ("17 `x` médias"): dropping it must not join words.
fn space_over_dropped(original: &str, out: &mut ProseBuilder<'_>, at: usize) {
    let dropped = original.get(out.last_end()..at).unwrap_or("");
    if dropped.bytes().any(|b| b.is_ascii_whitespace()) {
        out.brk(Break::Space);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(markdown: &str) -> String {
        prose(markdown).0
    }

    #[test]
    fn code_links_images_comments_and_front_matter_are_not_prose() {
        let cases = [
            ("Il y a 17 médias.", "Il y a 17 médias."),
            ("```\nversion 12\n```\n\n14 ministres", "14 ministres"),
            ("texte\n\n    indented 42\n\nsuite", "texte\n\nsuite"),
            ("le code `x = 12` ici", "le code  ici"),
            ("[17 médias](https://example.org/42)", "17 médias"),
            ("voir <https://example.org/42> ici", "voir  ici"),
            ("![3 photos](a/12.png) et 4 chats", "et 4 chats"),
            ("a <!-- 12 ministres --> b", "a  b"),
            (
                "---\nid: 12\n---\n\n# Titre\n\n17 médias",
                "Titre\n\n17 médias",
            ),
            ("**17** médias", "17 médias"),
            (
                "plus de 50 000\nnuméros de téléphone",
                "plus de 50 000 numéros de téléphone",
            ),
            ("- 1 chat\n- 2 chiens", "1 chat\n2 chiens"),
            ("> cité 3 fois\n> ici", "cité 3 fois ici"),
            (
                "| a | b |\n|---|---|\n| 14 | ministres |",
                "a b\n14 ministres",
            ),
            ("m&eacute;dias \\*", "médias *"),
            (
                "<div>\n<p>5 pages</p>\n</div>\n\n6 lignes",
                "5 pages\n\n6 lignes",
            ),
            ("[lien][r]\n\n[r]: https://example.org/99", "lien"),
        ];
        for (md, want) in cases {
            assert_eq!(text(md), want, "{md:?}");
        }
    }

    #[test]
    fn every_prose_byte_maps_into_the_file() {
        let md =
            "# Titre\n\nSelon **Le Monde**, plus de 50&nbsp;000\nnuméros `x` et [17 médias](u).\n";
        let (text, map) = prose(md);
        let find = |words: &str| {
            let at = text.find(words).unwrap_or(0);
            &md[map.span(at..at + words.len())]
        };
        assert_eq!(find("Le Monde"), "Le Monde");
        assert_eq!(find("50\u{a0}000 numéros"), "50&nbsp;000\nnuméros");
        assert_eq!(find("17 médias"), "17 médias");
        let mut last = 0;
        for (i, c) in text.char_indices() {
            let span = map.span(i..i + c.len_utf8());
            assert!(span.start >= last && span.end <= md.len(), "{i} {span:?}");
            assert!(md.is_char_boundary(span.start) && md.is_char_boundary(span.end));
            last = span.start;
        }
    }
}
