namespace NoteGen.StageTests.Runtime;

/// <summary>Which note <see cref="NoteVault.Find"/> gives when names and aliases are shared, as a wiki link from the
/// vault root resolves them (Obsidian's rule: an exact path, else the shortest path with that name, else with that alias).</summary>
public class LookupTests
{
    private static NoteVault<TestNote> Vault()
    {
        static TestEntry Entry(string path, params string[] aliases) => new(path, new NotePayload { Title = path }.ToString(), aliases);
        // Not in path order, so that the order the vault lists them in decides nothing.
        return TestVault.Of(Entry("long/folder/x.md", "wanted", "X-Alias"), Entry("b/x.md"), Entry("v.md", "x", "wanted"), Entry("a/x.md"));
    }

    [Fact]
    public void A_shared_name_finds_the_shortest_path_then_the_first_in_ordinal_order()
    {
        Assert.Equal("a/x.md", Vault().Find("x")!.Path);
    }

    [Fact]
    public void A_name_wins_over_an_alias()
    {
        Assert.Equal("a/x.md", Vault().Find("X")!.Path); // v.md has the alias x and the shortest path
    }

    [Fact]
    public void A_shared_alias_finds_the_shortest_path()
    {
        Assert.Equal("v.md", Vault().Find("wanted")!.Path);
        Assert.Equal("long/folder/x.md", Vault().Find("x-alias")!.Path);
    }

    [Fact]
    public void A_path_finds_its_note_whatever_its_name_shares()
    {
        Assert.Equal("b/x.md", Vault().Find("b/x")!.Path);
        Assert.Equal("long/folder/x.md", Vault().Find("LONG/folder/x.md")!.Path);
        Assert.Equal("b/x.md", Vault().FindByPath("b/x.md")!.Path);
    }

    [Fact]
    public void Notes_are_listed_in_the_vault_payloads_order()
    {
        Assert.Equal(new[] { "long/folder/x.md", "b/x.md", "v.md", "a/x.md" }, Vault().Notes.Select(n => n.Path));
    }
}
