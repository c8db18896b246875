using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>HTML of the golden vault, with its fills: timestamps become links to the video, copied text comes back.</summary>
[Collection(GoldenVault.Collection)]
public class HtmlTests : GoldenVaultTests
{
    /// <summary>The link a timestamp becomes: its video at its second, with <c>&amp;</c> escaped in the attribute.</summary>
    private static string Timestamp(string videoId, int seconds, string label) =>
        $"<a class=\"timestamp\" href=\"{GoldenVault.VideoAt(videoId, seconds).Replace("&", "&amp;")}\">[{label}]</a>";

    [Fact]
    public void A_timestamp_in_the_html_links_to_the_video_at_its_second()
    {
        Assert.Contains("<p>Chips are designed by many companies " + Timestamp("ifA0ZRiOmx0", 68, "00:01:08") + ". Few can build them.</p>", Notes.Ep1.Html);
        Assert.Contains("<li>A foundry builds chips for others " + Timestamp("ifA0ZRiOmx0", 150, "00:02:30") + ", "
            + Timestamp("ifA0ZRiOmx0", 735, "12:15") + ".</li>", Notes.Ep1.Html);
        Assert.Contains(" " + Timestamp("abcdefghijk", 185, "03:05") + ".</li>", Notes.Ep2.Html);
    }

    [Fact]
    public void Text_before_a_link_or_timestamp_reads_as_in_the_markdown()
    {
        Assert.StartsWith("<p>The hub links every episode: <a class=\"internal-link\" href=\"notes/ep1\">the first</a>, ", Notes.Hub.Html);
        Assert.Contains("<li>A typo in a link shows as broken: <span class=\"broken-link\">ep3</span>.</li>", Notes.Hub.Html);
        Assert.Contains("<p>Demand keeps growing, as <a class=\"internal-link\" href=\"notes/ep2\">ep2</a> explains.</p>", Notes.Ep1.Html);
    }

    [Fact]
    public void A_sections_html_is_its_content_without_its_heading_up_to_the_next_heading_of_its_level()
    {
        var chips = Notes.Ep1.Sections.Chips;
        Assert.Equal("<ul>\n<li>Capacity takes years to build " + Timestamp("ifA0ZRiOmx0", 4630, "01:17:10")
            + ". <span class=\"tag\">#supply-chain</span></li>\n</ul>\n", chips.Foundries.Capacity.Html);
        Assert.StartsWith("<p>Chips are designed by many companies " + Timestamp("ifA0ZRiOmx0", 68, "00:01:08"), chips.Html);
        Assert.EndsWith(chips.Foundries.Html, chips.Html);
        Assert.Contains("<h3 id=\"foundries\">Foundries</h3>", chips.Html);
        Assert.DoesNotContain("outlook", chips.Html);
        Assert.Equal("<p>Demand keeps growing, as <a class=\"internal-link\" href=\"notes/ep2\">ep2</a> explains.</p>\n", Notes.Ep1.Sections.Outlook.Html);
    }

    [Fact]
    public void A_notes_html_is_its_sections_html_between_its_headings()
    {
        string html = Notes.Ep1.Html;
        var chips = Notes.Ep1.Sections.Chips;
        Assert.Equal(html.IndexOf("<h2 id=\"chips\">Chips</h2>\n", StringComparison.Ordinal) + "<h2 id=\"chips\">Chips</h2>\n".Length, html.IndexOf(chips.Html, StringComparison.Ordinal));
        Assert.EndsWith("<h2 id=\"outlook\">Outlook</h2>\n" + Notes.Ep1.Sections.Outlook.Html, html);
    }

    [Fact]
    public void A_notes_html_is_made_once()
    {
        Assert.Same(Notes.Ep1.Html, Notes.Ep1.Html);
    }

    [Fact]
    public void A_block_id_is_an_empty_span_the_link_leads_to()
    {
        Assert.Contains("<span class=\"block-id\" id=\"^quote\"></span>", Notes.Ep2.Html);
        Assert.Contains("href=\"notes/ep2#%5Equote\"", Notes.Hub.Html);
    }
}
