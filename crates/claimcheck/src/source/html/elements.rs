//! The elements of HTML that are not inline markup, and what each does to
//! the prose: raw text, skipped, a block break, or preformatted.

use crate::source::prose::Break;

/// What an element does to the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
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
pub(super) fn role(name: &[u8]) -> Option<(&'static str, Role)> {
    ELEMENTS
        .iter()
        .find(|(known, _)| known.as_bytes().eq_ignore_ascii_case(name))
        .copied()
}
