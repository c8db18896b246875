namespace NoteGen.StageTests.Runtime;

/// <summary>
/// Fills of a note's HTML that the golden vault lacks, on hand-written payloads: embeds (replaced by the embedded
/// note's or section's HTML, a cycle left as a link), timestamps without a video (spans), fills at the edges of the
/// HTML and of its sections.
/// </summary>
public class EmbedTests
{
    private const string EmbedOfA = "<a class=\"internal-link\" href=\"a\">a</a>";

    /// <summary>a.md: <c>![[b]]</c> and <c>![[b#Part]]</c>, as HTML with both links in place.</summary>
    private const string AHtml = "<div class=\"embed\"><a class=\"internal-link\" href=\"b\">b</a></div>\n"
        + "<div class=\"embed\"><a class=\"internal-link\" href=\"b#part\">b#Part</a></div>\n";

    /// <summary>b.md: <c># Part</c> embedding a and citing 00:10, then <c># Tail</c> citing 00:20, with "Then" copied
    /// from the Markdown.</summary>
    private const string BMarkdown = "# Part\n\n![[a]]\nAt [00:10]\n\n# Tail\n\nThen [00:20]\n";
    private const string BHtml = "<h1 id=\"part\">Part</h1>\n<div class=\"embed\">" + EmbedOfA + "</div>\n<p>At [00:10]</p>\n"
        + "<h1 id=\"tail\">Tail</h1>\n<p> [00:20]</p>\n";

    private static string BPart(string a) => "<div class=\"embed\">" + a + "</div>\n<p>At <span class=\"timestamp\">[00:10]</span></p>\n";

    private const string BTail = "<p>Then <span class=\"timestamp\">[00:20]</span></p>\n";

    private static string BWhole(string a) => "<h1 id=\"part\">Part</h1>\n" + BPart(a) + "<h1 id=\"tail\">Tail</h1>\n" + BTail;

    private static readonly Lazy<(Note A, Note B)> s_vault = new(() =>
    {
        int Index(string html, string text, int from = 0) => html.IndexOf(text, from, StringComparison.Ordinal);
        int firstEmbed = Index(AHtml, "<a "), secondEmbed = Index(AHtml, "<a ", firstEmbed + 1);
        var a = new NotePayload
        {
            Title = "A", Markdown = "![[b]]\n\n![[b#Part]]\n", Html = AHtml,
            Fills = [(HtmlFillKind.Embed, firstEmbed, Index(AHtml, "</a>") + 4, 0, 0), (HtmlFillKind.Embed, secondEmbed, Index(AHtml, "</a>", secondEmbed) + 4, 1, 0)],
            Links = [("b", null, null, 1, 1, 1, "b.md", -1, 0, null), ("b#Part", "Part", null, 1, 3, 1, "b.md", 0, 0, null),
                ("pic.png", null, "a picture", 3, 5, 1, "pic.png", -1, 2, null)],
        };
        int embed = Index(BHtml, "<a "), ten = Index(BHtml, "[00:10]"), tail = Index(BHtml, "<h1 id=\"tail\""), twenty = Index(BHtml, "[00:20]");
        var b = new NotePayload
        {
            Title = "B", Markdown = BMarkdown, Html = BHtml,
            Fills = [(HtmlFillKind.Embed, embed, embed + EmbedOfA.Length, 0, 0), (HtmlFillKind.TimestampOpen, ten, ten, 0, 0), (HtmlFillKind.TimestampClose, ten + 7, ten + 7, 0, 0),
                (HtmlFillKind.Copy, twenty - 1, twenty - 1, BMarkdown.IndexOf("Then", StringComparison.Ordinal), 4),
                (HtmlFillKind.TimestampOpen, twenty, twenty, 1, 0), (HtmlFillKind.TimestampClose, twenty + 7, twenty + 7, 1, 0)],
            Sections = [("Part", 1, 1, -1, null, "part", Index(BHtml, "\n") + 1, tail), ("Tail", 1, 6, -1, null, "tail", Index(BHtml, "\n", tail) + 1, BHtml.Length)],
            Timestamps = [("00:10", 10, 4, 4), ("00:20", 20, 8, 6)],
            Links = [("a", null, null, 1, 3, 1, "a.md", -1, 0, null)],
        };
        var vault = TestVault.Of(new TestEntry("a.md", a.ToString()), new TestEntry("b.md", b.ToString()));
        return (vault.Notes[0], vault.Notes[1]);
    });

    [Fact]
    public void An_embedded_note_is_shown_in_place_of_its_link_and_an_embed_back_stays_a_link()
    {
        Assert.Equal(BWhole(AHtml), s_vault.Value.B.Html);
    }

    [Fact]
    public void An_embedded_section_is_shown_without_its_heading_and_a_cycle_through_it_stays_a_link()
    {
        Assert.Equal("<div class=\"embed\">" + BWhole(EmbedOfA) + "</div>\n<div class=\"embed\">" + BPart(EmbedOfA) + "</div>\n", s_vault.Value.A.Html);
    }

    [Fact]
    public void A_sections_html_fills_its_own_embeds_and_timestamps_only()
    {
        Assert.Equal(BPart(AHtml), s_vault.Value.B.AllSections[0].Html);
        Assert.Equal(BTail, s_vault.Value.B.AllSections[1].Html);
        Assert.Equal(BPart(AHtml), s_vault.Value.B.AllSections[0].Html); // rendering again gives the same: no note is left marked as rendering
    }

    [Fact]
    public void Embeds_are_flagged_and_a_section_embed_leads_to_its_section()
    {
        var links = s_vault.Value.A.Links;
        Assert.All(links, l => Assert.True(l.IsEmbed));
        Assert.All(links.Take(2), l => Assert.False(l.IsMarkdownLink));
        Assert.Equal("![[b#Part]]", links[1].ToString());
        Assert.Equal("![a picture](pic.png)", links[2].ToString());
        Assert.True(links[2].IsMarkdownLink);
        Assert.False(links[2].IsBroken); // unchecked: the project lists no attachments
        Assert.Null(links[2].Note);
        Assert.Same(s_vault.Value.B.AllSections[0], links[1].Section);
        Assert.Equal("Part", links[1].Heading);
    }

    [Fact]
    public void A_timestamp_without_a_video_has_no_url()
    {
        Assert.All(s_vault.Value.B.Timestamps, t => Assert.Null(t.Url));
        Assert.Equal(TimeSpan.FromSeconds(20), s_vault.Value.B.Timestamps[1].Offset);
    }

    /// <summary>c.md: HTML that is two timestamps, split between two sections at the space between them.</summary>
    private static Note TimestampsAtTheEdges()
    {
        const string html = "[00:30] [00:40]";
        var c = new NotePayload
        {
            Title = "C", VideoUrlTemplate = "https://v.example/watch?v=\"x\"&t={seconds}", Html = html,
            Fills = [(HtmlFillKind.TimestampOpen, 0, 0, 0, 0), (HtmlFillKind.TimestampClose, 7, 7, 0, 0), (HtmlFillKind.TimestampOpen, 8, 8, 1, 0), (HtmlFillKind.TimestampClose, 15, 15, 1, 0)],
            Sections = [("S1", 1, 1, -1, null, "s1", 0, 8), ("S2", 1, 2, -1, null, "s2", 8, 15)],
            Timestamps = [("00:30", 30, 1, 1), ("00:40", 40, 1, 9)],
        };
        return TestVault.Of(new TestEntry("c.md", c.ToString())).Notes[0];
    }

    private static string Link(int seconds, string label) => $"<a class=\"timestamp\" href=\"https://v.example/watch?v=&quot;x&quot;&amp;t={seconds}\">[{label}]</a>";

    [Fact]
    public void Fills_at_the_start_and_end_of_the_html_are_written_and_the_url_is_escaped_for_the_attribute()
    {
        var c = TimestampsAtTheEdges();
        Assert.Equal(Link(30, "00:30") + " " + Link(40, "00:40"), c.Html);
        Assert.Equal("https://v.example/watch?v=\"x\"&t=30", c.Timestamps[0].Url!.OriginalString);
    }

    [Fact]
    public void A_fill_at_a_sections_end_belongs_to_the_next_section()
    {
        var c = TimestampsAtTheEdges();
        Assert.Equal(Link(30, "00:30") + " ", c.AllSections[0].Html);
        Assert.Equal(Link(40, "00:40"), c.AllSections[1].Html);
    }

    [Fact]
    public void An_embed_that_ends_the_html_is_filled()
    {
        const string link = "<a class=\"internal-link\" href=\"f\">f</a>";
        var e = new NotePayload { Html = link, Fills = [(HtmlFillKind.Embed, 0, link.Length, 0, 0)], Links = [("f", null, null, 1, 1, 1, "f.md", -1, 0, null)] };
        var vault = TestVault.Of(new TestEntry("e.md", e.ToString()), new TestEntry("f.md", new NotePayload { Html = "<p>F</p>\n" }.ToString()));
        Assert.Equal("<p>F</p>\n", vault.Notes[0].Html);
    }

    [Fact]
    public void A_note_without_html_says_the_project_turned_it_off()
    {
        var note = TestVault.Of(new TestEntry("off.md", new NotePayload { Html = null, Sections = [("S", 1, 1, -1, null, "s", 0, 0)] }.ToString())).Notes[0];
        Assert.Equal("The note off.md has no HTML: the project sets NoteGenHtml to false. Remove the setting to render notes to HTML at compile time.",
            Assert.Throws<InvalidOperationException>(() => note.Html).Message);
        Assert.Contains("NoteGenHtml", Assert.Throws<InvalidOperationException>(() => note.AllSections[0].Html).Message);
        Assert.Equal("s", note.AllSections[0].Anchor);
    }
}
