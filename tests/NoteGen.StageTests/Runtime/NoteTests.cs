using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>A note's identity, title, Markdown, front matter (raw and typed) and tags, on the golden vault.</summary>
[Collection(GoldenVault.Collection)]
public class NoteTests : GoldenVaultTests
{
    [Fact]
    public void A_note_is_named_after_its_file_and_keeps_its_project_relative_path()
    {
        Assert.Equal("ep1", Notes.Ep1.Name);
        Assert.Equal("notes/episodes/season-1/ep1.md", Notes.Ep1.Path);
        Assert.Equal("hub", Notes.Hub.Name);
        Assert.Equal("notes/hub.md", Notes.Hub.Path);
    }

    [Fact]
    public void The_title_is_the_front_matter_title_and_is_what_ToString_gives()
    {
        Assert.Equal("Chips, foundries and capacity", Notes.Ep1.Title);
        Assert.Equal("The second episode", Notes.Ep2.Title);
        Assert.Equal("The hub", Notes.Hub.ToString());
    }

    [Fact]
    public void Every_note_is_listed_once_ordered_by_path()
    {
        Assert.Equal(new[] { "notes/episodes/ep2.md", "notes/episodes/season-1/ep1.md", "notes/hub.md" }, Notes.All.Select(n => n.Path));
        Assert.Same(Notes.Ep2, Notes.All[0]);
    }

    [Theory]
    [InlineData("notes/hub.md")]
    [InlineData("notes/episodes/ep2.md")]
    [InlineData("notes/episodes/season-1/ep1.md")]
    public void Markdown_is_the_note_text_after_the_front_matter_exactly_as_written(string path)
    {
        Assert.Equal(GoldenVault.MarkdownOf(path), Notes.All.Single(n => n.Path == path).Markdown);
    }

    [Fact]
    public void Front_matter_keeps_every_key_with_scalars_as_text_and_sequences_as_lists()
    {
        var fm = Notes.Hub.FrontMatter;
        Assert.Equal(new[] { "aired", "aliases", "featured", "rating", "scores", "tags", "title", "updated" }, fm.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("4", fm["rating"]);
        Assert.Equal(new object[] { "3", "1", "2" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(fm["scores"]));
        Assert.Equal(8, fm.Count);
        Assert.Equal(8, fm.Values.Count());
        Assert.True(fm.ContainsKey("updated"));
        Assert.False(fm.ContainsKey("videoId"));
        Assert.False(fm.TryGetValue("videoId", out _));
        Assert.Equal(8, ((System.Collections.IEnumerable)fm).Cast<object>().Count());
    }

    [Fact]
    public void Front_matter_cannot_be_cast_back_and_changed()
    {
        Assert.IsNotType<Dictionary<string, object?>>(Notes.Hub.FrontMatter);
        Assert.False(Notes.Hub.FrontMatter is IDictionary<string, object?>);
        Assert.False(Notes.Hub.FrontMatter["scores"] is object?[]);
    }

    [Fact]
    public void Typed_properties_read_integers_dates_and_text_from_front_matter()
    {
        Assert.Equal(1L, Notes.Ep1.Number);
        Assert.Equal(5L, Notes.Ep1.Rating);
        Assert.Equal("abcdefghijk", ((Notes.VaultNote)Notes.Ep2).VideoId);
        Assert.Equal(new DateTime(2024, 3, 5, 10, 30, 0), Notes.Hub.Updated);
        Assert.Equal(new DateTime(2024, 1, 5), ((Notes.VaultNote)Notes.Ep1).Published);
    }

    [Fact]
    public void A_typed_property_is_null_in_a_note_without_its_key()
    {
        Assert.Null(Notes.Hub.Number);
        Assert.Null(Notes.Hub.VideoId);
        Assert.Null(Notes.Hub.Guests);
        Assert.Null(Notes.Hub.Published);
        Assert.Null(Notes.Ep2.Rating);
        Assert.Null(Notes.Ep1.Featured);
        Assert.Null(Notes.Ep1.Previous);
    }

    [Fact]
    public void A_list_property_reads_a_single_value_as_a_list_of_one()
    {
        Assert.Equal(new[] { 10L }, Notes.Ep1.Scores);
        Assert.Equal(new[] { new DateTime(2024, 1, 5) }, Notes.Ep1.Aired);
        Assert.Equal(new[] { "Linus" }, ((Notes.VaultNote)Notes.Ep2).Guests);
    }

    [Fact]
    public void A_list_property_reads_each_item_in_order()
    {
        Assert.Equal(new[] { 3L, 1L, 2L }, Notes.Hub.Scores);
        Assert.Equal(new[] { new DateTime(2024, 1, 5), new DateTime(2024, 2, 10) }, Notes.Hub.Aired);
        Assert.Equal(new[] { "Home", "Start page" }, Notes.Hub.Aliases);
        Assert.Equal(new[] { "Ada", "Grace" }, ((Notes.VaultNote)Notes.Ep1).Guests);
    }

    [Fact]
    public void Tags_are_the_front_matter_tags_then_the_text_tags_without_hash()
    {
        Assert.Equal(new[] { "index", "podcast/meta", "overview" }, Notes.Hub.Tags);
        Assert.Equal(new[] { "supply-chain" }, Notes.Ep1.Tags);
        Assert.Empty(Notes.Ep2.Tags);
    }

}
