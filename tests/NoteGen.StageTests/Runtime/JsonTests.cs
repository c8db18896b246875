using System.Text.Json;
using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>A note written with System.Text.Json (<see cref="NoteJsonConverter"/>).</summary>
[Collection(GoldenVault.Collection)]
public class JsonTests : GoldenVaultTests
{
    private static JsonElement Json(Note note, JsonSerializerOptions? options = null) =>
        JsonDocument.Parse(JsonSerializer.Serialize(note, options)).RootElement;

    [Fact]
    public void A_note_writes_its_name_path_title_front_matter_and_tags()
    {
        var json = Json(Notes.Hub);
        Assert.Equal("hub", json.GetProperty("name").GetString());
        Assert.Equal("notes/hub.md", json.GetProperty("path").GetString());
        Assert.Equal("The hub", json.GetProperty("title").GetString());
        Assert.Equal("4", json.GetProperty("frontMatter").GetProperty("rating").GetString());
        Assert.Equal(new[] { "3", "1", "2" }, json.GetProperty("frontMatter").GetProperty("scores").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(8, json.GetProperty("frontMatter").EnumerateObject().Count());
        Assert.Equal(new[] { "index", "podcast/meta", "overview" }, json.GetProperty("tags").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Claims_before_the_first_heading_sit_at_the_top_and_the_others_under_their_innermost_section()
    {
        var json = Json(Notes.Ep1);
        Assert.Equal(new[] { "From: hub" }, json.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        var chips = json.GetProperty("sections")[0];
        Assert.Equal("Chips", chips.GetProperty("heading").GetString());
        Assert.Equal("chips", chips.GetProperty("anchor").GetString());
        Assert.Equal(2, chips.GetProperty("level").GetInt32());
        Assert.Equal(15, chips.GetProperty("line").GetInt32());
        Assert.Equal(2, chips.GetProperty("claims").GetArrayLength());
        var foundries = Assert.Single(chips.GetProperty("subsections").EnumerateArray());
        Assert.Equal("A foundry builds chips for others.", Assert.Single(foundries.GetProperty("claims").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("Capacity", foundries.GetProperty("subsections")[0].GetProperty("heading").GetString());
        Assert.Equal(2, json.GetProperty("sections").GetArrayLength());
        Assert.Equal(6, CountClaims(json));
    }

    private static int CountClaims(JsonElement element) =>
        (element.TryGetProperty("claims", out var claims) ? claims.GetArrayLength() : 0)
        + (element.TryGetProperty("sections", out var sections) ? sections.EnumerateArray().Sum(CountClaims) : 0)
        + (element.TryGetProperty("subsections", out var subsections) ? subsections.EnumerateArray().Sum(CountClaims) : 0);

    [Fact]
    public void A_claim_writes_its_markdown_line_timestamps_and_the_indexes_of_its_links()
    {
        var claim = Json(Notes.Ep2).GetProperty("sections")[0].GetProperty("claims")[1];
        Assert.Equal("Links back to Home and to ep1#Outlook.", claim.GetProperty("text").GetString());
        Assert.Equal(Notes.Ep2.Claims[1].Markdown, claim.GetProperty("markdown").GetString());
        Assert.Equal(14, claim.GetProperty("line").GetInt32());
        var timestamp = Assert.Single(claim.GetProperty("timestamps").EnumerateArray());
        Assert.Equal("03:05", timestamp.GetProperty("label").GetString());
        Assert.Equal(185, timestamp.GetProperty("seconds").GetInt64());
        Assert.Equal(GoldenVault.VideoAt("abcdefghijk", 185), timestamp.GetProperty("url").GetString());
        Assert.Equal(new[] { 0, 1 }, claim.GetProperty("links").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public void A_link_writes_every_key_null_included()
    {
        var links = Json(Notes.Hub).GetProperty("links");
        Assert.Equal(7, links.GetArrayLength());
        var broken = links[3];
        Assert.Equal(new[] { "target", "alias", "heading", "blockId", "isEmbed", "isMarkdownLink", "property", "line", "column", "path", "isBroken" },
            broken.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ep3", broken.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("alias").ValueKind);
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("path").ValueKind);
        Assert.True(broken.GetProperty("isBroken").GetBoolean());
        Assert.Equal((14, 37), (broken.GetProperty("line").GetInt32(), broken.GetProperty("column").GetInt32()));
        var markdown = links[4];
        Assert.True(markdown.GetProperty("isMarkdownLink").GetBoolean());
        Assert.False(markdown.GetProperty("isEmbed").GetBoolean());
        Assert.False(markdown.GetProperty("isBroken").GetBoolean());
        Assert.Equal("second", markdown.GetProperty("alias").GetString());
        Assert.Equal("Outlook", markdown.GetProperty("heading").GetString());
        Assert.Equal("notes/episodes/ep2.md", markdown.GetProperty("path").GetString());
        Assert.Equal("quote", links[2].GetProperty("blockId").GetString());
        Assert.Equal("featured", links[6].GetProperty("property").GetString());
    }

    [Fact]
    public void A_backlink_names_the_linking_note_by_path_and_the_part_it_names()
    {
        var backlinks = Json(Notes.Ep2).GetProperty("backlinks");
        Assert.Equal(new[] { "notes/episodes/season-1/ep1.md", "notes/hub.md", "notes/hub.md", "notes/hub.md" },
            backlinks.EnumerateArray().Select(b => b.GetProperty("source").GetString()));
        Assert.Equal(new[] { "source", "heading", "blockId", "property", "line", "column" }, backlinks[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("quote", backlinks[1].GetProperty("blockId").GetString());
        Assert.Equal(JsonValueKind.Null, backlinks[0].GetProperty("heading").ValueKind); // [[ep2]]
        Assert.Equal("Outlook", backlinks[2].GetProperty("heading").GetString()); // [second](episodes/ep2.md#Outlook)
        Assert.Equal("featured", backlinks[3].GetProperty("property").GetString());
        Assert.Equal((29, 26), (backlinks[0].GetProperty("line").GetInt32(), backlinks[0].GetProperty("column").GetInt32()));
    }

    [Fact]
    public void Names_stay_camel_case_whatever_the_naming_policy()
    {
        var json = Json(Notes.Hub, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper });
        Assert.True(json.TryGetProperty("frontMatter", out _));
    }

    [Fact]
    public void The_converter_takes_every_note_type_and_nothing_else()
    {
        var converter = new NoteJsonConverter();
        Assert.True(converter.CanConvert(typeof(Note)));
        Assert.True(converter.CanConvert(typeof(Notes.Episode)));
        Assert.False(converter.CanConvert(typeof(Section)));
    }

    [Fact]
    public void Notes_cannot_be_read_from_json()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Note>("{}"));
        // System.Text.Json appends where it was reading.
        Assert.StartsWith("NoteGen writes notes to JSON but does not read them: notes are compiled from the vault's Markdown. "
            + "Deserialize the JSON into a type of your own instead.", error.Message);
    }
}
