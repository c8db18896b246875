using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>Sections of the golden vault: the outline, typed fields, levels, lines, parents, claims and anchors.</summary>
[Collection(GoldenVault.Collection)]
public class SectionTests : GoldenVaultTests
{
    [Fact]
    public void Typed_section_fields_hold_the_headings_nested_as_written()
    {
        var chips = Notes.Ep1.Sections.Chips;
        Assert.Equal("Chips", chips.Heading);
        Assert.Equal("Foundries", chips.Foundries.Heading);
        Assert.Equal("Capacity", chips.Foundries.Capacity.Heading);
        Assert.Equal("Outlook", Notes.Ep1.Sections.Outlook.Heading);
        Assert.Equal("Outlook", Notes.Ep2.Sections.Outlook.Heading);
    }

    [Fact]
    public void Sections_lists_the_top_level_headings_in_document_order()
    {
        var sections = Notes.Ep1.Sections;
        Assert.Equal(2, sections.Count);
        Assert.Same(sections.Chips, sections[0]);
        Assert.Same(sections.Outlook, sections[1]);
        Assert.Equal(new[] { "Chips", "Outlook" }, sections.Select(s => s.Heading));
        Assert.Equal(new object[] { sections.Chips, sections.Outlook }, ((System.Collections.IEnumerable)sections).Cast<object>());
        Assert.Empty(Notes.Hub.Sections);
    }

    [Fact]
    public void AllSections_lists_every_heading_at_every_level_in_document_order()
    {
        Assert.Equal(new[] { "Chips", "Foundries", "Capacity", "Outlook" }, Notes.Ep1.AllSections.Select(s => s.ToString()));
        Assert.Equal(new[] { 2, 3, 4, 2 }, Notes.Ep1.AllSections.Select(s => s.Level));
    }

    [Fact]
    public void A_section_knows_the_line_of_its_heading_in_the_note_file()
    {
        // ep1.md: an 11-line front matter, a blank line, "From: [[hub]]", a blank line, then "## Chips" on line 15.
        Assert.Equal(new[] { 15, 19, 23, 27 }, Notes.Ep1.AllSections.Select(s => s.Line));
        Assert.Equal(10, Notes.Ep2.Sections.Outlook.Line);
    }

    [Fact]
    public void A_section_knows_its_parent_its_subsections_and_its_note()
    {
        var chips = Notes.Ep1.Sections.Chips;
        Assert.Null(chips.Parent);
        Assert.Same(chips, chips.Foundries.Parent);
        Assert.Same(chips.Foundries, chips.Foundries.Capacity.Parent);
        Assert.Same(chips.Foundries, Assert.Single(chips.Subsections));
        Assert.Same(chips.Foundries.Capacity, Assert.Single(chips.Foundries.Subsections));
        Assert.Empty(chips.Foundries.Capacity.Subsections);
        Assert.Empty(Notes.Ep1.Sections.Outlook.Subsections);
        Assert.All(Notes.Ep1.AllSections, s => Assert.Same(Notes.Ep1, s.Note));
    }

    [Fact]
    public void A_section_holds_its_own_claims_and_with_its_subsections_all_claims_under_it()
    {
        var chips = Notes.Ep1.Sections.Chips;
        Assert.Equal(new[] { "Chips are designed by many companies.", "Few can build them." }, chips.OwnClaims.Select(c => c.Text));
        Assert.Equal(new[] { "Chips are designed by many companies.", "Few can build them.", "A foundry builds chips for others.",
            "Capacity takes years to build. #supply-chain" }, chips.Claims.Select(c => c.Text));
        Assert.Equal(new[] { "A foundry builds chips for others." }, chips.Foundries.OwnClaims.Select(c => c.Text));
        Assert.Equal(2, chips.Foundries.Claims.Count);
        Assert.Equal(new[] { "Capacity takes years to build. #supply-chain" }, chips.Foundries.Capacity.Claims.Select(c => c.Text));
        Assert.Equal(new[] { "Demand keeps growing, as ep2 explains." }, Notes.Ep1.Sections.Outlook.Claims.Select(c => c.Text));
    }

    [Fact]
    public void A_claims_section_is_the_innermost_heading_above_it()
    {
        var claims = Notes.Ep1.Claims;
        var all = Notes.Ep1.AllSections;
        Assert.Null(claims[0].Section);
        Assert.Equal(new Section?[] { null, all[0], all[0], all[1], all[2], all[3] }, claims.Select(c => c.Section));
    }

    [Fact]
    public void A_sections_anchor_is_its_heading_in_lower_case()
    {
        Assert.Equal(new[] { "chips", "foundries", "capacity", "outlook" }, Notes.Ep1.AllSections.Select(s => s.Anchor));
        Assert.Contains("<h2 id=\"chips\">Chips</h2>", Notes.Ep1.Html);
    }

    [Fact]
    public void Section_lists_cannot_be_cast_back_and_changed()
    {
        Assert.False(Notes.Ep1.AllSections is Section[]);
        Assert.False(Notes.Ep1.Sections.Chips.Claims is Claim[]);
        Assert.False(Notes.Ep1.Sections.Chips.OwnClaims is Claim[]);
        Assert.False(Notes.Ep1.Claims is Claim[]);
    }
}
