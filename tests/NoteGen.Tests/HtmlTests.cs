using System.Text.RegularExpressions;
using CsCheck;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary><c>Note.Html</c>, <c>Section.Html</c>, <c>Section.Anchor</c> and <c>Note.Markdown</c>: the generated code is
/// compiled and loaded, and the HTML read through the runtime library, so every test covers render, resolve, emit,
/// payload and decode.</summary>
public class HtmlTests
{
    private static string HtmlOf(string name, params (string Path, string Text)[] notes) =>
        HtmlOf(name, GeneratorHarness.DefaultProperties, notes);

    private static string HtmlOf(string name, IReadOnlyDictionary<string, string> properties, params (string Path, string Text)[] notes) =>
        GeneratorHarness.Run(GeneratorHarness.Notes(notes), properties: properties).WithNotes(all => all.Single(n => n.Name == name).Html);

    [Fact]
    public void The_seed_note_renders_as_reviewed_with_anchored_headings_timestamp_links_and_note_links()
    {
        string html = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault()))
            .WithNotes(all => all.Single(n => n.Name == "amazons_machine_learning_strategy").Html);

        Snapshot.Verify(html, "HtmlTests.seed", extension: ".html");
        Assert.Contains("<h2 id=\"amazons-ml-offerings\">Amazon's ML Offerings</h2>", html);
        Assert.Contains("<a class=\"timestamp\" href=\"https://www.youtube.com/watch?v=ifA0ZRiOmx0&amp;t=68s\">", html);
        Assert.Contains("<a class=\"internal-link\" href=\"notes/acquiredfm\">acquiredfm</a>", html);
        Assert.DoesNotContain("yt-timestamp", html);
    }

    [Fact]
    public void Sections_expose_their_anchor_and_their_content_without_the_heading_sub_sections_included()
    {
        const string text = "Intro.\n\n## Part One\n\nFirst.\n\n### Detail\n\nDeep.\n\n## Part One\n\nAgain.\n";
        string result = GeneratorHarness.Run(("notes/a.md", text)).WithNotes(all =>
        {
            var note = all.Single();
            return string.Join("\n---\n", note.AllSections.Select(s => s.Anchor + "\n" + s.Html));
        });

        Assert.Equal("""
            part-one
            <p>First.</p>
            <h3 id="detail">Detail</h3>
            <p>Deep.</p>

            ---
            detail
            <p>Deep.</p>

            ---
            part-one-1
            <p>Again.</p>

            """.Replace("\r\n", "\n"), result);
    }

    [Fact]
    public void Links_to_notes_headings_and_blocks_follow_the_link_url_setting_and_broken_links_are_spans()
    {
        string html = HtmlOf("a", GeneratorHarness.Properties(("NoteGenLinkUrl", "/wiki/{path}?n={name}")),
            ("notes/a.md", "See [[B note]], [[B note|the other]], [[B note#Part Two]], [[B note#^quote]], [text](sub/B%20note.md#Part%20Two) and [[nope]].\n"),
            ("notes/sub/B note.md", "## Part Two\n\nQuoted. ^quote\n"));

        Assert.Equal(
            "<p>See <a class=\"internal-link\" href=\"/wiki/notes/sub/B%20note?n=B%20note\">B note</a>, "
            + "<a class=\"internal-link\" href=\"/wiki/notes/sub/B%20note?n=B%20note\">the other</a>, "
            + "<a class=\"internal-link\" href=\"/wiki/notes/sub/B%20note?n=B%20note#part-two\">B note#Part Two</a>, "
            + "<a class=\"internal-link\" href=\"/wiki/notes/sub/B%20note?n=B%20note#%5Equote\">B note#^quote</a>, "
            + "<a class=\"internal-link\" href=\"/wiki/notes/sub/B%20note?n=B%20note#part-two\">text</a> and "
            + "<span class=\"broken-link\">nope</span>.</p>\n", html);
    }

    [Fact]
    public void The_block_a_link_lands_on_carries_its_id()
    {
        string html = HtmlOf("b", ("notes/b.md", "Quoted. ^quote\n"));

        Assert.Equal("<p>Quoted. <span class=\"block-id\" id=\"^quote\"></span></p>\n", html);
    }

    [Fact]
    public void Images_take_the_attachment_url_and_embedded_notes_and_sections_are_shown_in_place()
    {
        string html = HtmlOf("a", GeneratorHarness.Properties(("NoteGenAttachmentUrl", "/files/{path}")),
            ("notes/a.md", "![[pic.png]]\n\n![a chart](<img/my chart.png>)\n\n![[b]]\n\n![[b#Two]]\n"),
            ("notes/b.md", "## One\n\nFirst.\n\n## Two\n\nSecond **bold**.\n"));

        Assert.Equal("""
            <img src="/files/pic.png" alt="pic.png">
            <p><img src="/files/img/my%20chart.png" alt="a chart"></p>
            <div class="embed"><h2 id="one">One</h2>
            <p>First.</p>
            <h2 id="two">Two</h2>
            <p>Second <strong>bold</strong>.</p>
            </div>
            <div class="embed"><p>Second <strong>bold</strong>.</p>
            </div>
            
            """.Replace("\r\n", "\n"), html);
    }

    [Fact]
    public void A_cycle_of_embeds_is_cut_where_it_would_embed_a_note_in_itself()
    {
        string[] html = GeneratorHarness.Run(("notes/a.md", "A says ![[b]]\n"), ("notes/b.md", "B says ![[a]]\n"))
            .WithNotes(all => all[0].Html + "\u0001" + all[1].Html).Split('\u0001');
        string a = html[0], b = html[1];

        Assert.Equal("<p>A says <div class=\"embed\"><p>B says <div class=\"embed\"><a class=\"internal-link\" href=\"notes/a\">a</a></div></p>\n</div></p>\n", a);
        Assert.Equal("<p>B says <div class=\"embed\"><p>A says <div class=\"embed\"><a class=\"internal-link\" href=\"notes/b\">b</a></div></p>\n</div></p>\n", b);
    }

    [Fact]
    public void Callouts_tables_task_lists_footnotes_and_autolinks_render()
    {
        string html = HtmlOf("a", ("notes/a.md", """
            > [!warning] Mind the gap
            > Between the **train** and the platform.

            > [!tip]
            > Plain quote body.

            > Just a quote.

            | A | B |
            |---|---|
            | 1 | 2<br>3 |

            - [ ] open
            - [x] done

            A claim.[^1] See https://example.com/page.

            [^1]: The source.
            """));

        Assert.Contains("<div class=\"callout\" data-callout=\"warning\">\n<div class=\"callout-title\">Mind the gap</div>\n<div class=\"callout-content\">\n<p>Between the <strong>train</strong> and the platform.</p>\n</div>\n</div>", html);
        Assert.Contains("<div class=\"callout\" data-callout=\"tip\">\n<div class=\"callout-title\">Tip</div>\n<div class=\"callout-content\">\n<p>Plain quote body.</p>", html);
        Assert.Contains("<blockquote>\n<p>Just a quote.</p>\n</blockquote>", html);
        Assert.Contains("<td>2<br>3</td>", html);
        Assert.Matches("<input disabled=\"disabled\" type=\"checkbox\" ?/?> open", html);
        Assert.Matches("<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" ?/?> done", html);
        Assert.Matches("A claim.<a id=\"fnref:1\" href=\"#fn:1\" class=\"footnote-ref\"><sup>1</sup></a>", html);
        Assert.Contains("<a href=\"https://example.com/page\">https://example.com/page</a>", html);
        Assert.Contains("The source.", html);
    }

    [Fact]
    public void Raw_html_is_text_and_no_url_can_run_script()
    {
        string html = HtmlOf("a", ("notes/a.md", """
            <script>document.title = 'pwned'</script>

            Look <img src=x onerror="alert(1)"> and <b onmouseover=alert(1)>hover</b>.

            [click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) <javascript:alert(1)> ![x](javascript:alert(1))

            [ok](https://example.com "Title")
            """));

        Assert.Equal("""
            <p class="raw-html">&lt;script&gt;document.title = 'pwned'&lt;/script&gt;
            </p>
            <p>Look &lt;img src=x onerror=&quot;alert(1)&quot;&gt; and &lt;b onmouseover=alert(1)&gt;hover&lt;/b&gt;.</p>
            <p>click data javascript:alert(1) x</p>
            <p><a href="https://example.com" title="Title">ok</a></p>

            """.Replace("\r\n", "\n"), html);
    }

    [Fact]
    public void Trusted_vaults_keep_their_raw_html()
    {
        string html = HtmlOf("a", GeneratorHarness.Properties(("NoteGenRawHtml", "true")), ("notes/a.md", "<div class=\"box\">Boxed</div>\n\nSome <kbd>Ctrl</kbd>.\n"));

        Assert.Equal("<div class=\"box\">Boxed</div>\n<p>Some <kbd>Ctrl</kbd>.</p>\n", html);
    }

    [Fact]
    public void Without_html_the_note_says_why_and_keeps_its_markdown()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "---\ntitle: T\n---\n## H\n\n- A claim.\n")), properties: GeneratorHarness.Properties(("NoteGenHtml", "false")))
            .WithNotes(all =>
            {
                var note = all.Single();
                var error = Assert.Throws<InvalidOperationException>(() => note.Html);
                var sectionError = Assert.Throws<InvalidOperationException>(() => note.AllSections[0].Html);
                return string.Join("|", error.Message, sectionError.Message == error.Message, note.AllSections[0].Anchor, note.Markdown, note.Claims[0].Markdown);
            });

        Assert.Equal("The note notes/a.md has no HTML: the project sets NoteGenHtml to false. Remove the setting to render notes to HTML at compile time.|True|h|## H\n\n- A claim.\n|A claim.", result);
    }

    [Fact]
    public void Markdown_is_the_text_after_the_front_matter_as_written_and_claims_are_spans_of_it()
    {
        const string body = "# Title\r\n\r\nOne *claim*. Two [[x]].\r\n";
        string result = GeneratorHarness.Run(("notes/a.md", "---\r\ntags: [a]\r\n---\r\n" + body), ("notes/x.md", ""))
            .WithNotes(all => all[0].Markdown + "|" + string.Join("|", all[0].Claims.Select(c => c.Markdown)));

        Assert.Equal(body + "|One *claim*.|Two [[x]].", result);
    }

    [Fact]
    public void Invalid_url_settings_are_reported_and_the_defaults_used()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "[[b]] ![[p.png]]\n"), ("notes/b.md", "")),
            properties: GeneratorHarness.Properties(("NoteGenLinkUrl", "/static"), ("NoteGenAttachmentUrl", "/files/"), ("NoteGenRawHtml", "yes")));

        Assert.Equal(
        [
            "NG0009: NoteGenAttachmentUrl '/files/' must contain {path}; using '{path}' instead",
            "NG0009: NoteGenLinkUrl '/static' must contain {name} or {path}; using 'notes/{name}' instead",
            "NG0009: NoteGenRawHtml 'yes' must be true or false; using 'false' instead",
        ], run.GeneratorDiagnostics.Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal("<p><a class=\"internal-link\" href=\"notes/b\">b</a> <img src=\"p.png\" alt=\"p.png\"></p>\n",
            run.WithNotes(all => all[0].Html));
    }

    private static readonly HashSet<string> AllowedTags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "div", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote",
        "table", "thead", "tbody", "tr", "th", "td", "img", "br", "hr", "input", "sup", "del",
    ];

    private static readonly Regex Tag = new(@"<\s*/?\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>");
    private static readonly Regex EventAttribute = new(@"(^|[\s""'/])on[a-z]+\s*=", RegexOptions.IgnoreCase);
    private static readonly Regex QuotedValue = new(@"""[^""]*""");
    private static readonly Regex ScriptUrl = new(@"(href|src)\s*=\s*""\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase);

    [Fact]
    public void Whatever_a_note_holds_its_html_has_only_known_tags_no_event_attributes_and_no_script_urls()
    {
        string[] pieces =
        [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", " onmouseover=alert(1) ", "<svg onload=alert(1)>", "<iframe src=x>",
            "[x](javascript:alert(1))", "![y](JaVaScRiPt:alert(1))", "<javascript:alert(1)>", "[[a<b>]]", "[[x|<i>y</i>]]", "`<code>`", "\n```\n<script>\n```\n",
            "<a class=\"yt-timestamp\" data-t=\"00:01:08\" onclick=\"alert(1)\">[x<script>]</a>", "> [!note\" onclick=\"x] T<script>\n> b\n",
            "\n## <img src=x onerror=1>\n", "&lt;script&gt;", "\n| <b onclick=1> | x |\n|---|---|\n| <script> | y |\n", "<!-- <script> -->", "\n<div onclick=x>\n\ntext\n</div>\n",
            "[[b#<x onclick=1>]]", "![[<img src=x onerror=1>.png]]", "[^<x>]\n\n[^<x>]: <script>\n", "www.x.com/\"onmouseover=\"alert(1)", " text ", "\n\n", "- ",
        ];
        var notes = Gen.Int[0, pieces.Length - 1].Array[1, 12].Select(picks => string.Concat(picks.Select(i => pieces[i])));
        notes.Sample(text =>
        {
            string html = HtmlOf("a", ("notes/a.md", text), ("notes/b.md", "## Part\n"));
            foreach (Match tag in Tag.Matches(html))
            {
                Assert.Contains(tag.Groups[1].Value.ToLowerInvariant(), AllowedTags);
                // Outside quoted values: what a browser would read as attributes.
                Assert.DoesNotMatch(EventAttribute, QuotedValue.Replace(tag.Groups[2].Value, "\"\""));
                Assert.DoesNotMatch(ScriptUrl, tag.Groups[2].Value);
            }
        }, iter: 60);
    }
}
