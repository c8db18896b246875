using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>Notes following the declared schema <see cref="App.Episode"/>: typed members and <c>Data</c>.</summary>
[Collection(GoldenVault.Collection)]
public class SchemaTests : GoldenVaultTests
{
    [Fact]
    public void Schema_members_read_the_front_matter_as_the_schema_types_it()
    {
        Assert.Equal(1, Notes.Ep1.Number);
        Assert.Equal("ifA0ZRiOmx0", Notes.Ep1.VideoId);
        Assert.Equal(new DateTime(2024, 1, 5), Notes.Ep1.Published);
        Assert.Equal(new[] { "Ada", "Grace" }, Notes.Ep1.Guests);
        Assert.Equal(new[] { "Linus" }, Notes.Ep2.Guests);
    }

    [Fact]
    public void An_enum_member_reads_the_name_ignoring_case()
    {
        Assert.Equal(Status.Published, Notes.Ep1.Status); // written "published"
        Assert.Equal(Status.Draft, Notes.Ep2.Status);
    }

    [Fact]
    public void An_optional_member_missing_from_the_note_gets_its_default()
    {
        Assert.Null(Notes.Ep2.Published);
        Assert.Null(Notes.Ep1.Previous);
    }

    [Fact]
    public void A_reference_member_is_the_note_its_link_leads_to()
    {
        Assert.Same(Notes.Ep1, Notes.Ep2.Previous);
    }

    [Fact]
    public void Data_is_the_front_matter_as_the_schema_record_with_references_as_their_data()
    {
        var data = Notes.Ep2.Data;
        Assert.Equal(new Episode("The second episode", "abcdefghijk", 2, Status.Draft, null, data.Guests, Notes.Ep1.Data), data);
        Assert.Equal(new[] { "Linus" }, data.Guests);
        Assert.Equal(new Episode("Chips, foundries and capacity", "ifA0ZRiOmx0", 1, Status.Published, new DateTime(2024, 1, 5), Notes.Ep1.Data.Guests), Notes.Ep1.Data);
        Assert.Equal(new[] { "Ada", "Grace" }, Notes.Ep1.Data.Guests);
    }

    [Fact]
    public void Data_is_made_once()
    {
        Assert.Same(Notes.Ep2.Data, Notes.Ep2.Data);
        Assert.Same(Notes.Ep1.Data, Notes.Ep2.Data.Previous);
    }
}
