using System.Text.RegularExpressions;
using Shapes = App.Notes.Shapes;

namespace NoteGen.StageTests.Runtime;

/// <summary>
/// The runtime still reads payload format 9, which the first released NoteGen wrote: the golden vault's code of that
/// format (tests/NoteGen.Tests/Payloads/format-9) shares the namespace of format 10's, so its payloads are read from
/// the files and served by a <see cref="TestVault"/>, with notes of the same shape (its outline classes are format
/// 10's, which are the same).
/// </summary>
public class Format9Tests
{
    private static readonly Lazy<(TestVault Vault, TestNote<Shapes.Outline_c3eafb1a17afc2c6> Ep2, TestNote<Shapes.Outline_5ef5ef3b6bc6f4f7> Ep1, TestNote Hub)> s_vault = new(Load);

    private static TestNote<Shapes.Outline_5ef5ef3b6bc6f4f7> Ep1 => s_vault.Value.Ep1;
    private static TestNote<Shapes.Outline_c3eafb1a17afc2c6> Ep2 => s_vault.Value.Ep2;
    private static TestNote Hub => s_vault.Value.Hub;

    private static (TestVault, TestNote<Shapes.Outline_c3eafb1a17afc2c6>, TestNote<Shapes.Outline_5ef5ef3b6bc6f4f7>, TestNote) Load()
    {
        var (vault, ep2, ep1, hub) = GoldenVault.Served(Path.Combine(GoldenVault.Folder(), "..", "format-9"), payload => payload);
        Assert.StartsWith("9|", vault.Root.Payloads[0]);
        return (vault, ep2, ep1, hub);
    }

    [Fact]
    public void A_format_9_vault_gives_its_notes_names_paths_and_titles()
    {
        Assert.Equal(new Note[] { Ep2, Ep1, Hub }, s_vault.Value.Vault.Vault.Notes);
        Assert.Equal("notes/episodes/season-1/ep1.md", Ep1.Path);
        Assert.Equal("ep1", Ep1.Name);
        Assert.Equal("Chips, foundries and capacity", Ep1.Title);
        Assert.Same(Hub, s_vault.Value.Vault.Vault.Find("Start page"));
    }

    [Fact]
    public void A_format_9_note_decodes_its_sections_claims_timestamps_and_links()
    {
        Assert.Equal("Capacity", Ep1.Sections.Chips.Foundries.Capacity.Heading);
        Assert.Equal(new[] { 15, 19, 23, 27 }, Ep1.AllSections.Select(s => s.Line));
        Assert.Equal("From: [[hub]]", Ep1.Claims[0].Markdown);
        Assert.Equal("Capacity takes years to build <a class=\"yt-timestamp\" data-t=\"01:17:10\">[01:17:10]</a>. #supply-chain", Ep1.Claims[4].Markdown);
        Assert.Equal(4630, Ep1.Claims[4].Timestamps[0].Offset.TotalSeconds);
        Assert.Equal(GoldenVault.VideoAt("ifA0ZRiOmx0", 4630), Ep1.Timestamps[3].Url!.OriginalString);
        Assert.Same(Ep2.Sections.Outlook, Hub.Links[2].Section);
        Assert.Equal(new[] { Hub.Links[0], Hub.Links[1], Hub.Links[2] }, Hub.Claims[0].Links);
        Assert.Equal(new NoteLink[] { Ep2.Links[0], Ep1.Links[0] }, Hub.Backlinks);
        Assert.Equal(new[] { "index", "podcast/meta", "overview" }, Hub.Tags);
    }

    [Fact]
    public void A_format_9_note_has_no_markdown_html_or_anchors_and_says_to_rebuild()
    {
        Assert.StartsWith("The note notes/hub.md was compiled by an older NoteGen that did not keep its Markdown", Assert.Throws<NotSupportedException>(() => Hub.Markdown).Message);
        Assert.StartsWith("The note notes/hub.md was compiled by an older NoteGen that did not render HTML", Assert.Throws<InvalidOperationException>(() => Hub.Html).Message);
        Assert.Contains("did not render HTML", Assert.Throws<InvalidOperationException>(() => Ep1.Sections.Chips.Html).Message);
        Assert.StartsWith("The note notes/episodes/season-1/ep1.md was compiled by an older NoteGen that did not give headings anchors",
            Assert.Throws<NotSupportedException>(() => Ep1.Sections.Chips.Anchor).Message);
    }

    [Fact]
    public void A_format_9_note_writes_json_with_null_anchors()
    {
        var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize<Note>(Ep2)).RootElement;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("sections")[0].GetProperty("anchor").ValueKind);
        Assert.Equal("Software is eating the world.", json.GetProperty("sections")[0].GetProperty("claims")[0].GetProperty("markdown").GetString());
    }
}
