using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>Claims and timestamps of the golden vault.</summary>
[Collection(GoldenVault.Collection)]
public class ClaimTests : GoldenVaultTests
{
    [Fact]
    public void A_claim_is_a_list_item_or_a_sentence_in_document_order_with_its_line()
    {
        Assert.Equal(new[] { "From: hub", "Chips are designed by many companies.", "Few can build them.", "A foundry builds chips for others.",
            "Capacity takes years to build. #supply-chain", "Demand keeps growing, as ep2 explains." }, Notes.Ep1.Claims.Select(c => c.ToString()));
        Assert.Equal(new[] { 13, 17, 17, 21, 25, 29 }, Notes.Ep1.Claims.Select(c => c.Line));
    }

    [Fact]
    public void A_claims_markdown_is_its_source_as_written_in_the_note()
    {
        string markdown = GoldenVault.MarkdownOf(Notes.Ep1.Path);
        foreach (var claim in Notes.Ep1.Claims)
            Assert.Contains(claim.Markdown, markdown);
        Assert.Equal("From: [[hub]]", Notes.Ep1.Claims[0].Markdown);
        Assert.Equal("Few can build them.", Notes.Ep1.Claims[2].Markdown);
        Assert.Equal("A foundry builds chips for others <a class=\"yt-timestamp\" data-t=\"00:02:30\">[00:02:30]</a>, "
            + "<a class=\"yt-timestamp\" data-t=\"12:15\">[12:15]</a>.", Notes.Ep1.Claims[3].Markdown);
    }

    [Fact]
    public void A_claims_text_keeps_link_aliases_and_drops_brackets_and_timestamps()
    {
        Assert.Equal("Links back to Home and to ep1#Outlook.", Notes.Ep2.Claims[1].Text);
        Assert.Equal("The hub links every episode: the first, ep1#Chips#Foundries#Capacity and the quote ep2#^quote.", Notes.Hub.Claims[0].Text);
    }

    [Fact]
    public void A_claim_holds_the_links_and_timestamps_written_in_it()
    {
        var claims = Notes.Ep2.Claims;
        Assert.Empty(claims[0].Links);
        Assert.Empty(claims[0].Timestamps);
        Assert.Equal(new[] { Notes.Ep2.Links[0], Notes.Ep2.Links[1] }, claims[1].Links);
        Assert.Same(Notes.Ep2.Timestamps[0], Assert.Single(claims[1].Timestamps));
        Assert.Equal(new[] { "00:02:30", "12:15" }, Notes.Ep1.Claims[3].Timestamps.Select(t => t.Label));
        Assert.Equal(new[] { "ep1", "ep1#Chips#Foundries#Capacity", "ep2#^quote" }, Notes.Hub.Claims[0].Links.Select(l => l.Target));
        Assert.False(claims[1].Links is NoteLink[]);
    }

    [Fact]
    public void A_timestamps_offset_is_its_label_read_as_hours_minutes_seconds_or_minutes_seconds()
    {
        // 00:01:08 = 68 s, 00:02:30 = 150 s, 12:15 = 735 s, 01:17:10 = 3600 + 17 * 60 + 10 = 4630 s.
        Assert.Equal(new[] { "00:01:08", "00:02:30", "12:15", "01:17:10" }, Notes.Ep1.Timestamps.Select(t => t.ToString()));
        Assert.Equal(new[] { 68.0, 150, 735, 4630 }, Notes.Ep1.Timestamps.Select(t => t.Offset.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(185), Notes.Ep2.Timestamps[0].Offset); // 03:05
    }

    [Fact]
    public void A_timestamps_url_is_the_notes_video_at_that_second()
    {
        Assert.Equal(new[] { 68, 150, 735, 4630 }.Select(s => new Uri(GoldenVault.VideoAt("ifA0ZRiOmx0", s))), Notes.Ep1.Timestamps.Select(t => t.Url));
        Assert.Equal(GoldenVault.VideoAt("abcdefghijk", 185), Notes.Ep2.Timestamps[0].Url!.OriginalString);
    }

    [Fact]
    public void A_timestamp_knows_the_line_and_column_of_its_anchor()
    {
        // Line 17 of ep1.md: "Chips are designed by many companies " is 37 characters, so the anchor starts at column 38.
        Assert.Equal((17, 38), (Notes.Ep1.Timestamps[0].Line, Notes.Ep1.Timestamps[0].Column));
        // Line 21: "- A foundry builds chips for others " is 36 characters.
        Assert.Equal((21, 37), (Notes.Ep1.Timestamps[1].Line, Notes.Ep1.Timestamps[1].Column));
    }
}
