namespace NoteGen.StageTests.Runtime;

[CollectionDefinition(nameof(ContentFieldTests), DisableParallelization = true)]
public class NoGarbageCollection;

/// <summary>A content field's attribute is held weakly: the notes of one generated file, decoded one after another,
/// read it once. Run alone, with the garbage collector held off, so the weak reference cannot be cleared meanwhile.</summary>
[Collection(nameof(ContentFieldTests))]
public class ContentFieldTests
{
    [Fact]
    public void The_notes_of_one_content_field_decoded_together_read_its_attribute_once()
    {
        string payload = new NotePayload { Title = "T" }.ToString();
        var vault = TestVault.Build(10, new TestEntry("a.md", payload), new TestEntry("b.md", payload));
        var notes = vault.Vault.Notes;
        Assert.True(GC.TryStartNoGCRegion(16 * 1024 * 1024));
        try
        {
            Assert.Equal("T", notes[0].Title);
            Assert.Empty(notes[1].Claims);
        }
        finally
        {
            GC.EndNoGCRegion();
        }
        Assert.Equal(1, vault.Root.Fields[0].Reads);
    }
}
