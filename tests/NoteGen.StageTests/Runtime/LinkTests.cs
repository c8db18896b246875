using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>Links of the golden vault: what was written, where, and what it leads to.</summary>
[Collection(GoldenVault.Collection)]
public class LinkTests : GoldenVaultTests
{
    private static IReadOnlyList<NoteLink> HubLinks => Notes.Hub.Links;

    [Fact]
    public void Links_are_the_bodys_in_document_order_then_the_front_matters()
    {
        Assert.Equal(new[] { "ep1", "ep1#Chips#Foundries#Capacity", "ep2#^quote", "ep3", "episodes/ep2.md#Outlook", "ep1", "ep2#Outlook" },
            HubLinks.Select(l => l.Target));
        Assert.Equal(new string?[] { null, null, null, null, null, "featured", "featured" }, HubLinks.Select(l => l.Property));
    }

    [Fact]
    public void A_wiki_links_alias_is_what_it_displays_else_its_target()
    {
        Assert.Equal("the first", HubLinks[0].Alias);
        Assert.Equal("the first", HubLinks[0].DisplayText);
        Assert.Null(HubLinks[3].Alias);
        Assert.Equal("ep3", HubLinks[3].DisplayText);
    }

    [Fact]
    public void A_links_heading_is_what_follows_the_hash_and_a_caret_makes_it_a_block_id()
    {
        Assert.Null(HubLinks[0].Heading);
        Assert.Null(HubLinks[0].BlockId);
        Assert.Equal("Chips#Foundries#Capacity", HubLinks[1].Heading);
        Assert.Null(HubLinks[1].BlockId);
        Assert.Equal("quote", HubLinks[2].BlockId);
        Assert.Null(HubLinks[2].Heading);
        Assert.Equal("Outlook", HubLinks[4].Heading);
    }

    [Fact]
    public void A_link_knows_the_line_and_column_where_it_is_written()
    {
        // hub.md line 12: "The hub links every episode: " is 29 characters; "[[ep1|the first]], " 19 more.
        Assert.Equal((12, 30), (HubLinks[0].Line, HubLinks[0].Column));
        Assert.Equal((12, 49), (HubLinks[1].Line, HubLinks[1].Column));
        // line 14: "- A typo in a link shows as broken: " is 36 characters.
        Assert.Equal((14, 37), (HubLinks[3].Line, HubLinks[3].Column));
        Assert.Equal(9, HubLinks[5].Line);
    }

    [Fact]
    public void A_link_leads_to_its_notes_path_and_note_and_source_is_where_it_is_written()
    {
        Assert.Equal("notes/episodes/season-1/ep1.md", HubLinks[0].Path);
        Assert.Same(Notes.Ep1, HubLinks[0].Note);
        Assert.Same(Notes.Ep2, HubLinks[4].Note);
        Assert.All(HubLinks, l => Assert.Same(Notes.Hub, l.Source));
    }

    [Fact]
    public void A_link_to_a_heading_or_block_leads_to_its_section_and_a_link_to_the_note_to_none()
    {
        Assert.Null(HubLinks[0].Section);
        Assert.Same(Notes.Ep1.Sections.Chips.Foundries.Capacity, HubLinks[1].Section);
        Assert.Same(Notes.Ep2.Sections.Outlook, HubLinks[2].Section); // the block ^quote is under # Outlook
        Assert.Same(Notes.Ep1.Sections.Outlook, Notes.Ep2.Links[1].Section);
    }

    [Fact]
    public void A_broken_link_is_flagged_and_leads_nowhere()
    {
        Assert.True(HubLinks[3].IsBroken);
        Assert.Null(HubLinks[3].Path);
        Assert.Null(HubLinks[3].Note);
        Assert.Null(HubLinks[3].Section);
        Assert.Equal(new[] { false, false, false, true, false, false, false }, HubLinks.Select(l => l.IsBroken));
    }

    [Fact]
    public void A_markdown_link_is_flagged_and_its_text_is_its_alias()
    {
        var link = HubLinks[4];
        Assert.True(link.IsMarkdownLink);
        Assert.False(link.IsEmbed);
        Assert.Equal("second", link.Alias);
        Assert.Equal("[second](episodes/ep2.md#Outlook)", link.ToString());
        Assert.All(HubLinks.Where(l => l != link), l => Assert.False(l.IsMarkdownLink));
        Assert.All(Notes.All.SelectMany(n => n.Links), l => Assert.False(l.IsEmbed));
    }

    [Fact]
    public void A_wiki_link_prints_as_written_with_its_alias()
    {
        Assert.Equal("[[ep1|the first]]", HubLinks[0].ToString());
        Assert.Equal("[[ep3]]", HubLinks[3].ToString());
    }

    [Fact]
    public void A_front_matter_link_property_is_the_link_its_value_holds()
    {
        Assert.Same(Notes.Ep2.Links[2], ((Notes.VaultNote)Notes.Ep2).Previous);
        Assert.Same(Notes.Ep1, ((Notes.VaultNote)Notes.Ep2).Previous!.Note);
        Assert.Equal(new[] { HubLinks[5], HubLinks[6] }, Notes.Hub.Featured);
        Assert.Equal("the outlook", Notes.Hub.Featured![1].DisplayText);
    }

    [Fact]
    public void Backlinks_are_the_links_to_a_note_ordered_by_the_linking_notes_path_then_position()
    {
        Assert.Equal(new[] { Notes.Ep1.Links[1], HubLinks[2], HubLinks[4], HubLinks[6] }, Notes.Ep2.Backlinks);
        Assert.Equal(new[] { Notes.Ep2.Links[1], Notes.Ep2.Links[2], HubLinks[0], HubLinks[1], HubLinks[5] }, Notes.Ep1.Backlinks);
        Assert.Equal(new[] { Notes.Ep2.Links[0], Notes.Ep1.Links[0] }, Notes.Hub.Backlinks);
        Assert.All(Notes.All, n => Assert.All(n.Backlinks, l => Assert.Same(n, l.Note)));
    }
}
