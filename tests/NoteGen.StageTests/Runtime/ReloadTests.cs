using System.Reflection;

namespace NoteGen.StageTests.Runtime;

/// <summary>
/// Hot reload: when the root class's payloads change in place, the vault drops what it decoded and the notes decode
/// the new payloads when next used. The hot reload agent calls <c>HotReload.ClearCache</c>, which only vaults tracked
/// while <c>MetadataUpdater.IsSupported</c> reach; this process runs without an agent, so the tests put the vault in
/// that list and call the handler by reflection, as the agent does.
/// </summary>
public class ReloadTests
{
    private static readonly Type s_hotReload = typeof(NoteVault).Assembly.GetType("NoteGen.HotReload", throwOnError: true)!;

    private static List<WeakReference<NoteVault>> Tracked =>
        (List<WeakReference<NoteVault>>)s_hotReload.GetField("s_vaults", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static void ApplyUpdate() => s_hotReload.GetMethod("ClearCache", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, new object?[] { null });

    private static string Payload(string title, string tag) => new NotePayload { Title = title, Tags = [tag] }.ToString();

    private static TestVault Build(params string[] paths) =>
        TestVault.Build(10, paths.Select(p => new TestEntry(p, Payload("Old " + p, "old"))).ToArray());

    private static void Reload(TestVault vault)
    {
        lock (Tracked)
            Tracked.Add(new WeakReference<NoteVault>(vault.Vault));
        try
        {
            ApplyUpdate();
        }
        finally
        {
            lock (Tracked)
                Tracked.RemoveAll(r => r.TryGetTarget(out var v) && v == vault.Vault);
        }
    }

    [Fact]
    public void After_an_update_a_note_decodes_its_new_payload()
    {
        var vault = Build("a.md", "b.md");
        var a = vault.Vault.Notes[0];
        Assert.Equal(("Old a.md", "old"), (a.Title, a.Tags[0]));
        vault.Root.Fields[0].Payloads = [Payload("New a", "new"), Payload("New b", "new")];
        Assert.Equal("Old a.md", a.Title); // decoded once, kept until an update
        Reload(vault);
        Assert.Equal("New a", a.Title);
        Assert.Equal("new", a.Tags[0]);
        Assert.Equal("New b", vault.Vault.Find("b")!.Title);
    }

    [Fact]
    public void After_an_update_the_title_is_read_again_even_before_the_content()
    {
        var vault = Build("a.md");
        var a = vault.Vault.Notes[0];
        Assert.Equal("Old a.md", a.Title);
        vault.Root.Fields[0].Payloads = [Payload("New a", "new")];
        Reload(vault);
        Assert.Equal("New a", a.Title);
    }

    [Fact]
    public void A_vault_whose_notes_were_renamed_added_or_removed_keeps_what_it_has()
    {
        foreach (var change in new[] { new[] { "a.md", "c.md" }, new[] { "a.md" }, new[] { "a.md", "b.md", "c.md" } })
        {
            var vault = Build("a.md", "b.md");
            var a = vault.Vault.Notes[0];
            Assert.Equal("old", a.Tags[0]);
            vault.Root.Payloads = [TestVault.VaultPayload(10, change.Select(p => new TestEntry(p, "")).ToArray())];
            vault.Root.Fields[0].Payloads = change.Select(p => Payload("New", "new")).ToArray();
            Reload(vault);
            Assert.Equal("old", a.Tags[0]);
            Assert.Equal("Old a.md", a.Title);
        }
    }

    [Fact]
    public void A_vault_whose_notes_moved_to_other_payloads_keeps_what_it_has()
    {
        var vault = Build("a.md");
        var a = vault.Vault.Notes[0];
        Assert.Equal("old", a.Tags[0]);
        vault.Root.Fields[0].Payloads = [Payload("New", "new"), Payload("New", "new")];
        vault.Root.Payloads = [new PayloadText(10).Int(1).Int(1).Str("_content0").Int(1).Str("a").Str("a.md").Int(0).Int(0).Int(0).Int(0).ToString()];
        Reload(vault);
        Assert.Equal("old", a.Tags[0]);
        vault.Root.Payloads = [new PayloadText(10).Int(1).Int(0).Str("_content0").Int(1).Str("a").Str("a.md").Int(0).Int(1).Int(0).Int(0).ToString()];
        Reload(vault);
        Assert.Equal("old", a.Tags[0]);
    }

    [Fact]
    public void After_an_update_backlinks_and_data_come_from_the_new_payloads()
    {
        string Linking(string to) => new NotePayload { Links = [("b", null, null, 0, 1, 1, to, -1, 0, null)] }.ToString();
        var entries = new[] { new TestEntry("a.md", Linking("b.md")).WithBacklinks(), new TestEntry("b.md", Linking("b.md")).WithBacklinks((0, 0)) };
        var vault = TestVault.Build(10, entries);
        var b = (TestNote)vault.Vault.Notes[1];
        Assert.Same(vault.Vault.Notes[0].Links[0], Assert.Single(b.Backlinks));
        object? cache = null;
        var before = b.Data(ref cache, () => new object());
        Assert.Same(before, b.Data(ref cache, () => new object()));

        vault.Root.Payloads = [TestVault.VaultPayload(10, entries[0], entries[1].WithBacklinks((0, 0), (1, 0)))];
        Reload(vault);
        Assert.Equal(new[] { vault.Vault.Notes[0].Links[0], b.Links[0] }, b.Backlinks);
        Assert.NotSame(before, b.Data(ref cache, () => new object()));
    }

    [Fact]
    public void The_update_handler_forgets_vaults_that_were_collected()
    {
        lock (Tracked)
            Tracked.Add(new WeakReference<NoteVault>(null!));
        ApplyUpdate();
        lock (Tracked)
            Assert.DoesNotContain(Tracked, r => !r.TryGetTarget(out _));
    }

    [Fact]
    public void Without_a_hot_reload_agent_no_vault_is_tracked()
    {
        Assert.False(System.Reflection.Metadata.MetadataUpdater.IsSupported);
        var vault = Build("a.md").Vault;
        lock (Tracked)
            Assert.DoesNotContain(Tracked, r => r.TryGetTarget(out var v) && v == vault);
    }
}
