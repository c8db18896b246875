using App;

namespace NoteGen.StageTests.Runtime;

/// <summary>Looking notes up in the golden vault.</summary>
[Collection(GoldenVault.Collection)]
public class VaultTests : GoldenVaultTests
{
    [Theory]
    [InlineData("ep1")]
    [InlineData("EP1")]
    [InlineData("ep1.md")]
    [InlineData("notes/episodes/season-1/ep1")]
    [InlineData("notes/episodes/season-1/ep1.md")]
    [InlineData("Notes/Episodes/Season-1/EP1.MD")]
    public void Find_takes_a_name_or_a_path_with_or_without_md_ignoring_case(string key)
    {
        Assert.Same(Notes.Ep1, Notes.Find(key));
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("start PAGE")]
    public void Find_takes_a_front_matter_alias_ignoring_case(string alias)
    {
        Assert.Same(Notes.Hub, Notes.Find(alias));
    }

    [Theory]
    [InlineData("ep3")]
    [InlineData("")]
    [InlineData("episodes/ep2")]
    [InlineData("The hub")]
    public void Find_gives_null_for_what_is_no_name_path_or_alias(string key)
    {
        Assert.Null(Notes.Find(key));
    }

    [Fact]
    public void FindByPath_takes_the_exact_path_only()
    {
        var vault = VaultOf();
        Assert.Same(Notes.Hub, vault.FindByPath("notes/hub.md"));
        Assert.Null(vault.FindByPath("notes/hub"));
        Assert.Null(vault.FindByPath("notes/HUB.md"));
        Assert.Null(vault.FindByPath("hub.md"));
    }

    [Fact]
    public void Find_and_FindByPath_reject_null()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Notes.Find(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => VaultOf().FindByPath(null!)).ParamName);
    }

    [Fact]
    public void The_vault_lists_its_notes_typed_and_untyped_alike()
    {
        var vault = VaultOf();
        Assert.Equal(Notes.All, vault.Notes);
        Assert.Equal(Notes.All.Cast<Note>(), ((NoteVault)vault).Notes);
    }

    /// <summary>The golden root class's vault, as its generated <c>Vault</c> property gives it.</summary>
    private static NoteVault<Notes.VaultNote> VaultOf()
    {
        _ = Notes.All;
        var made = (NoteVault<Notes.VaultNote>?)typeof(Notes)
            .GetField("s_vault", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null);
        var vault = made;
        Assert.Same(made, NoteVault<Notes.VaultNote>.Of(ref vault, typeof(Notes))); // made once, then kept
        return made!;
    }
}
