using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using static NoteGen.StageTests.Parsing.Notes;

namespace NoteGen.StageTests.Parsing;

/// <summary>The body's HTML: Markdig's with holes for what resolution decides, anchors on headings, callouts, and raw HTML
/// and unsafe URLs kept from running.</summary>
public class HtmlRenderingTests
{
    private static readonly GeneratorSettings s_trusted = TestSettings.Default with { RawHtml = true };

    /// <summary>The HTML with each hole written in braces where it is: {LinkOpen 0}, {Copy 5+30}.</summary>
    private static string Html(string markdown, GeneratorSettings? settings = null) => Show(Parse(markdown, settings: settings).Html!);

    private static string Show(NoteHtml html)
    {
        var text = new System.Text.StringBuilder(html.Text);
        foreach (var hole in html.Holes.Reverse())
            text.Insert(hole.Offset, hole.Kind == HtmlHoleKind.Copy ? $"{{Copy {hole.Index}+{hole.Length}}}" : $"{{{hole.Kind} {hole.Index}}}");
        return text.ToString();
    }

    [Fact]
    public void Headings_carry_their_section_anchor_between_a_heading_hole_and_a_content_hole()
    {
        Assert.Equal(
            "{HeadingStart 0}<h1 id=\"title\">Title</h1>\n{ContentStart 0}{HeadingStart 1}<h2 id=\"title-1\">Title</h2>\n{ContentStart 1}"
            + "<p>Text.</p>\n{HeadingStart 2}<h3 id=\"em-y\"><em>Em</em> {LinkOpen 0}y{LinkClose 0}</h3>\n{ContentStart 2}",
            Html("# Title\n## Title\nText.\n### *Em* [[x|y]]\n"));
    }

    [Fact]
    public void Wiki_links_are_link_holes_around_their_text_and_embeds_are_holes_a_line_of_their_own_unwrapped()
    {
        Assert.Equal("<p>See {LinkOpen 0}y &amp; z{LinkClose 0} and {Embed 1}.</p>\n{Embed 2}\n<p>{Embed 3} after</p>\n",
            Html("See [[x|y & z]] and ![[pic.png]].\n\n![[note]]\n\n![[a]] after\n"));
    }

    [Fact]
    public void Timestamps_are_holes_around_their_label_and_malformed_ones_are_plain_spans()
    {
        Assert.Equal(
            "<p>A {TimestampOpen 0}[00:05]{TimestampClose 0}. B <span class=\"timestamp\">[bad]</span>. C {TimestampOpen 1}00:07{TimestampClose 1}.</p>\n",
            Html($"A {Anchor("00:05")}. B <a class=\"yt-timestamp\" data-t=\"99:99\"> [bad] </a>. C <a class=\"yt-timestamp\" data-t=\"00:07\"></a>.\n"));
    }

    [Fact]
    public void Tags_are_spans_and_block_ids_are_empty_anchors()
    {
        Assert.Equal("<p>Text <span class=\"tag\">#a</span>&lt;b here <span class=\"block-id\" id=\"^id-1\"></span></p>\n",
            Html("Text #a<b here ^id-1\n"));
    }

    [Theory]
    [InlineData(false, "<p>a &lt;b&gt;bold&lt;/b&gt;<br><br></p>\n<p class=\"raw-html\">&lt;div&gt;\nhi &amp;amp;\n&lt;/div&gt;\n</p>\n")]
    [InlineData(true, "<p>a <b>bold</b><br><br></p>\n<div>\nhi &amp;\n</div>\n")]
    public void Raw_HTML_is_text_unless_the_vault_is_trusted_and_br_is_always_a_line_break(bool trusted, string html)
    {
        Assert.Equal(html, Html("a <b>bold</b><br><BR />\n\n<div>\nhi &amp;\n</div>\n", trusted ? s_trusted : null));
    }

    [Fact]
    public void Markdown_links_to_vault_files_are_holes_and_others_are_links_only_when_their_scheme_is_safe()
    {
        Assert.Equal(
            "<p>{LinkOpen 0}t{LinkClose 0} {Embed 1} <a href=\"https://e.com\" title=\"T\">w</a> j <a href=\"#\">top</a> "
            + "<img src=\"https://e.com/i.png\" alt=\"a b c\" title=\"T\"> d <img src=\"https://e.com/j.png\" alt=\"\"></p>\n",
            Html("[t](a.md) ![alt](p.png) [w](https://e.com \"T\") [j](javascript:alert(1)) [top](#) ![a *b* `c`](https://e.com/i.png \"T\") ![d](data:x) ![](https://e.com/j.png)\n"));
    }

    [Fact]
    public void Autolinks_are_links_when_safe_and_emails_get_mailto()
    {
        Assert.Equal(
            "<p><a href=\"https://e.com\">https://e.com</a> <a href=\"mailto:a@b.co\">a@b.co</a> javascript:alert(1) <a href=\"https://www.x.org\">https://www.x.org</a></p>\n",
            Html("<https://e.com> <a@b.co> <javascript:alert(1)> https://www.x.org\n"));
    }

    [Fact]
    public void A_link_with_an_empty_url_is_shown_as_its_text()
    {
        var note = Parse("See [text](<>) here.\n");

        Assert.Equal("<p>See text here.</p>\n", Show(note.Html!));
        Assert.Empty(note.Diagnostics);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("https://x", true)]
    [InlineData("HTTP://x", true)]
    [InlineData("mailto:a@b", true)]
    [InlineData("tel:123", true)]
    [InlineData("#", true)]
    [InlineData(" # ", true)]
    [InlineData("rel/path.md", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" javascript:x", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("ftp://x", false)]
    [InlineData("https2://x", false)]
    public void A_url_is_safe_without_a_scheme_or_with_http_https_mailto_or_tel(string? url, bool safe) =>
        Assert.Equal(safe, HtmlRendering.IsSafeUrl(url));

    [Fact]
    public void A_callout_is_a_div_with_its_type_title_and_content_its_lines_broken_as_in_a_quote()
    {
        Assert.Equal(
            "<div class=\"callout\" data-callout=\"note\">\n<div class=\"callout-title\">My &lt;title&gt;</div>\n<div class=\"callout-content\">\n"
            + "<p>Body <em>text</em>\nmore<br />\nlines</p>\n<p>Second para.</p>\n</div>\n</div>\n",
            Html("> [!NOTE]+ My <title>\n> Body *text*\n> more  \n> lines\n>\n> Second para.\n"));
        Assert.Equal("<blockquote>\n<p>Body\nmore<br />\nlines</p>\n</blockquote>\n", Html("> Body\n> more  \n> lines\n"));
    }

    [Theory]
    [InlineData("> [!warning]-\n> Careful.\n", "warning", "Warning", "<p>Careful.</p>\n")]
    [InlineData("> [!tip] Just a title\n", "tip", "Just a title", "")]
    [InlineData("> [!my_type-2]\n", "my_type-2", "My_type-2", "")]
    public void A_callout_without_content_or_title_has_none_or_its_type_capitalised(string markdown, string type, string title, string content)
    {
        Assert.Equal(
            $"<div class=\"callout\" data-callout=\"{type}\">\n<div class=\"callout-title\">{title}</div>\n<div class=\"callout-content\">\n{content}</div>\n</div>\n",
            Html(markdown));
    }

    [Theory]
    [InlineData("> Just a quote\n", "<blockquote>\n<p>Just a quote</p>\n</blockquote>\n")]
    [InlineData("> See [!note] x\n", "<blockquote>\n<p>See [!note] x</p>\n</blockquote>\n")]
    [InlineData("> - [!note] x\n", "<blockquote>\n<ul>\n<li>[!note] x</li>\n</ul>\n</blockquote>\n")]
    [InlineData(">\n", "<blockquote>\n</blockquote>\n")]
    public void A_quote_not_opening_with_a_marker_is_a_blockquote(string markdown, string html) =>
        Assert.Equal(html, Html(markdown));

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvw", "<p>abcdefghijklmnopqrstuvw</p>\n")]
    [InlineData("abcdefghijklmnopqrstuvwx", "<p>{Copy 0+24}</p>\n")]
    [InlineData("This sentence is long, but \"quoted\".", "<p>This sentence is long, but &quot;quoted&quot;.</p>\n")]
    [InlineData("\"Quoted\" first, then long enough.", "<p>&quot;Quoted&quot; first, then long enough.</p>\n")]
    [InlineData("Short *and this one is long enough to copy*", "<p>Short <em>{Copy 7+35}</em></p>\n")]
    public void Text_of_twenty_four_characters_or_more_with_nothing_to_escape_refers_to_the_Markdown(string markdown, string html) =>
        Assert.Equal(html, Html(markdown + "\n"));

    [Fact]
    public void Text_filled_in_from_the_Markdown_gives_the_paragraph_as_written_over_several_lines()
    {
        var note = Parse("Intro.\n\nFirst line that is quite long here\nSecond line that is long as well\n");

        var html = new System.Text.StringBuilder(note.Html!.Text);
        foreach (var hole in note.Html.Holes.Reverse())
            html.Insert(hole.Offset, note.Markdown.Substring(hole.Index, hole.Length));
        Assert.Equal("<p>Intro.</p>\n<p>First line that is quite long here\nSecond line that is long as well</p>\n", html.ToString());
    }

    [Fact]
    public void Copied_text_is_placed_in_the_Markdown_after_the_front_matter()
    {
        var note = Parse("---\nk: v\n---\nThis sentence is long enough to copy.\n");

        var hole = Assert.Single(note.Html!.Holes);
        Assert.Equal("This sentence is long enough to copy.", note.Markdown.Substring(hole.Index, hole.Length));
        Assert.Equal("<p>{Copy 0+37}</p>\n", Show(note.Html));
    }

    [Fact]
    public void No_HTML_is_rendered_when_it_is_turned_off()
    {
        Assert.Null(Parse("# A\nText.\n", settings: TestSettings.Default with { Html = false }).Html);
    }

    [Fact]
    public void A_note_rendered_after_a_longer_one_holds_only_its_own_HTML_and_holes()
    {
        // Notes render one after another into one reused builder and hole list.
        var longer = Parse("# A\n\nSee [[b]] and [[c]] at " + Anchor("00:01:02") + ", then some text that is long enough to copy.\n");
        var shorter = Parse("Short.\n");

        Assert.Equal("<p>Short.</p>\n", Show(shorter.Html!));
        Assert.Empty(shorter.Html!.Holes);
        Assert.Equal(Show(longer.Html!), Html("# A\n\nSee [[b]] and [[c]] at " + Anchor("00:01:02") + ", then some text that is long enough to copy.\n"));
    }

    [Fact]
    public void Notes_rendered_one_after_another_render_as_each_would_alone()
    {
        // One renderer per thread serves note after note: nothing of a note (an open line, an indent, a list's
        // tight paragraphs, a heading's sections) may reach the next.
        string[] notes =
        [
            "- a\n  - b\n\n    code\n- c",
            "# A\n\n> [!note] Title\n> Body [[x]]\n\nText " + Anchor("00:00:05") + " with enough words to copy it.",
            "| a | b |\n|---|---|\n| 1 | <br> |\n\n<div>raw</div>\n",
            "## B\n### C\nEnd without a newline",
            "1. one\n2. two\n\n> quote\n>\n> - item",
            "Plain.\n",
        ];
        var alone = notes.Select(note =>
        {
            string? html = null;
            var thread = new Thread(() => html = Html(note)); // a fresh thread: a renderer of its own
            thread.Start();
            thread.Join();
            return html;
        }).ToArray();

        foreach (var order in new[] { notes, notes.Reverse().ToArray() })
            foreach (string note in order)
                Assert.Equal(alone[Array.IndexOf(notes, note)], Html(note));
    }

    [Fact]
    public void A_huge_note_leaves_no_renderer_behind_and_a_usual_one_keeps_it()
    {
        // A compiler server runs for hours: the per-thread renderer is reused, but not kept at a huge note's size.
        var kept = typeof(HtmlRendering).GetField("t_renderer", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        // Text with something to escape is written into the HTML, not referred to in the Markdown.
        string huge = string.Concat(Enumerable.Repeat("a & b ", PayloadFormat.KeptScratch / 6 + 1));
        Assert.StartsWith("<p>a &amp; b a &amp; b", Parse(huge + "\n").Html!.Text);
        Assert.Null(kept.GetValue(null));
        Parse("Usual.\n");
        Assert.NotNull(kept.GetValue(null));
    }
}
