//! Web pages read as prose: what is dropped, where lines break, how
//! references decode, and that every prose byte maps into the page.

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
    let html =
        "<p>Selon <b>Le&nbsp;Monde</b>, 17&#160;m&eacute;dias\n<i>et</i> 50 000 num&#233;ros.</p>";
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
