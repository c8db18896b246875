using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>What resolving a note's links gives: where each points, and the diagnostics for those that do not.</summary>
public class BrokenLinkTests
{
    private const string Guide = "# Intro\n## Setup\n### Install\n## Usage\n# Other\n## Setup\n## What's next?\nText ^Block-1\n";

    private static TestVault Vault(string text, params string[] attachments) => TestVault.Of(
        [("notes/from.md", text), ("notes/guide.md", Guide), ("a/b/c/Security.md", ""), ("home/Security.md", ""), ("work/deep/Security.md", ""),
         ("topics/Artificial intelligence.md", "---\naliases: [AI]\n---\n"), ("Amazon Business.md", "")],
        attachments, []);

    private static string[] Only(string text, params string[] attachments) =>
        Assert.Single(Vault(text, attachments).Diagnostics("notes/from.md"));

    [Fact]
    public void A_resolved_link_points_to_its_note_with_no_section()
    {
        var vault = Vault("See [[guide]] and [[Amazon Business|the store]].");
        var resolved = vault.Resolve("notes/from.md");

        Assert.Equal([new ResolvedLink("notes/guide.md", -1, LinkState.Resolved), new ResolvedLink("Amazon Business.md", -1, LinkState.Resolved)],
            resolved.Links);
        Assert.Empty(resolved.Diagnostics);
        Assert.Equal(vault.Index.EntryFor("notes/from.md"), resolved.Entry);
    }

    [Fact]
    public void A_heading_link_points_to_its_section_and_anchor_and_a_block_link_to_the_blocks_section()
    {
        var vault = Vault("[[guide#Other#Setup]] [[guide#^block-1]] [[#Mine]]\n\n# Mine\n");
        var links = vault.Resolve("notes/from.md").Links;
        var guide = vault["notes/guide.md"];

        Assert.Equal(new ResolvedLink("notes/guide.md", 5, LinkState.Resolved, guide.Sections[5].Anchor), links[0]);
        Assert.Equal(new ResolvedLink("notes/guide.md", 6, LinkState.Resolved, "^Block-1"), links[1]);
        Assert.Equal(new ResolvedLink("notes/from.md", 0, LinkState.Resolved, vault["notes/from.md"].Sections[0].Anchor), links[2]);
    }

    [Fact]
    public void A_broken_link_is_NG0001_at_the_link_with_the_closest_name_as_a_suggestion()
    {
        var vault = Vault("Intro.\n\nSee [[amazon busines]] here.");
        var diagnostic = Assert.Single(vault.Resolve("notes/from.md").Diagnostics);

        Assert.Equal(["NG0001", "amazon busines", "; did you mean 'Amazon Business'?"], TestVault.IdAndArguments(diagnostic));
        Assert.Equal("/project/notes/from.md", diagnostic.FilePath);
        Assert.Equal(vault["notes/from.md"].Links[0].Location, diagnostic.Location);
        Assert.Equal(2, diagnostic.Location!.Line);
        Assert.Equal(ResolvedLink.Missing, vault.Link("notes/from.md"));
    }

    [Theory]
    [InlineData("[[Nothing like it]]", "Nothing like it", "")]
    [InlineData("[[elsewhere/Security]]", "elsewhere/Security", "; did you mean 'home/Security'?")]
    [InlineData("[[elsewhere/security.md]]", "elsewhere/security.md", "; did you mean 'home/Security'?")]
    [InlineData("[[Securty]]", "Securty", "; did you mean 'Security'?")]
    public void A_path_to_a_name_that_exists_elsewhere_suggests_the_shortest_such_path(string text, string target, string suggestion)
    {
        Assert.Equal(["NG0001", target, suggestion], Only(text));
    }

    [Theory]
    [InlineData("[[AI]]", "AI", "[[Artificial intelligence|AI]]")]
    [InlineData("![[AI]]", "AI", "![[Artificial intelligence|AI]]")]
    [InlineData("[[AI#History]]", "AI", "[[Artificial intelligence#History|AI]]")]
    [InlineData("[[AI|the AI]]", "AI", "[[Artificial intelligence|the AI]]")]
    [InlineData("[[AI|artificial Intelligence]]", "AI", "[[Artificial intelligence]]")]
    [InlineData("[AI](AI.md)", "AI.md", "[AI](Artificial%20intelligence.md)")]
    [InlineData("[the AI](AI.md#Some%20history)", "AI.md", "[the AI](Artificial%20intelligence.md#Some%20history)")]
    public void A_link_to_an_alias_is_NG0001_with_Obsidians_own_form_as_the_fix(string text, string target, string fix)
    {
        Assert.Equal(["NG0001", target, "; 'AI' is an alias of 'Artificial intelligence'; write " + fix], Only(text));
    }

    [Theory]
    [InlineData("[[AI]]", "AI", "[[topics/deep/Artificial intelligence|AI]]")]
    [InlineData("[AI](AI.md)", "AI.md", "[AI](topics/deep/Artificial%20intelligence.md)")]
    public void The_alias_fix_writes_the_path_where_the_name_alone_would_lead_to_another_note(string text, string target, string fix)
    {
        var vault = TestVault.Of(("from.md", text), ("topics/deep/Artificial intelligence.md", "---\naliases: [AI]\n---\n"),
            ("other/Artificial intelligence.md", ""));

        Assert.Equal(["NG0001", target, "; 'AI' is an alias of 'topics/deep/Artificial intelligence'; write " + fix],
            Assert.Single(vault.Diagnostics("from.md")));
    }

    [Theory]
    [InlineData("[[guide#Setpu]]", "Setpu", "; did you mean 'Setup'?")]
    [InlineData("[[guide#Intro#Instal]]", "Intro#Instal", "; did you mean 'Install'?")]
    [InlineData("[[guide#Usage#Install#]]", "Usage#Install#", "")]
    [InlineData("[[guide#Intro#Instal#]]", "Intro#Instal#", "; did you mean 'Install'?")]
    [InlineData("[[guide#Usage# Install]]", "Usage# Install", "")]
    [InlineData("[[guide#Whats nxt]]", "Whats nxt", "; did you mean 'What's next?'?")]
    [InlineData("[[guide#Completely different]]", "Completely different", "")]
    [InlineData("[[guide#?!]]", "?!", "")]
    public void A_missing_heading_is_NG0010_naming_the_note_and_the_closest_heading(string text, string subpath, string suggestion)
    {
        var vault = Vault(text);

        Assert.Equal(["NG0010", "guide", subpath, suggestion], Assert.Single(vault.Diagnostics("notes/from.md")));
        Assert.Equal(new ResolvedLink("notes/guide.md", -1, LinkState.Broken), vault.Link("notes/from.md"));
    }

    [Theory]
    [InlineData("[[guide#]]")]
    [InlineData("[[guide##]]")]
    [InlineData("[[guide# # ]]")]
    public void A_link_whose_heading_part_is_empty_points_to_the_whole_note(string text)
    {
        var vault = Vault(text);

        Assert.Equal(new ResolvedLink("notes/guide.md", -1, LinkState.Resolved), vault.Link("notes/from.md"));
        Assert.Empty(vault.Diagnostics("notes/from.md"));
    }

    [Fact]
    public void A_missing_block_is_NG0011_naming_the_note_and_the_id()
    {
        var vault = Vault("[[guide#^ nope ]]");

        Assert.Equal(["NG0011", "guide", "nope"], Assert.Single(vault.Diagnostics("notes/from.md")));
        Assert.Equal(new ResolvedLink("notes/guide.md", -1, LinkState.Broken), vault.Link("notes/from.md"));
    }

    [Theory]
    [InlineData("[[|alias]]", "[[|alias]]")]
    [InlineData("![[|shown]]", "![[|shown]]")]
    [InlineData("[[#]]", "[[#]]")]
    [InlineData("[text](%20)", "[text](%20)")]
    [InlineData("![alt](%20#%20)", "![alt](%20#%20)")]
    public void A_link_without_target_is_NG0006_quoting_the_link_as_written(string text, string written)
    {
        var vault = TestVault.Of(("from.md", text));

        Assert.Equal(["NG0006", written], Assert.Single(vault.Diagnostics("from.md")));
        Assert.Equal(ResolvedLink.Missing, vault.Link("from.md"));
    }

    [Fact]
    public void Files_are_not_checked_while_the_project_lists_no_attachment()
    {
        var vault = Vault("![[diagram.png]]");

        Assert.Equal(new ResolvedLink(null, -1, LinkState.Unchecked), vault.Link("notes/from.md"));
        Assert.Empty(vault.Resolve("notes/from.md").Diagnostics);
    }

    [Fact]
    public void A_linked_file_resolves_among_the_attachments()
    {
        var vault = Vault("![[diagram.png]]", "img/diagram.png");

        Assert.Equal(new ResolvedLink("img/diagram.png", -1, LinkState.Resolved), vault.Link("notes/from.md"));
        Assert.Empty(vault.Resolve("notes/from.md").Diagnostics);
    }

    [Theory]
    [InlineData("![[img/digram.png]]", "img/digram.png", "; did you mean 'diagram.png'?")]
    [InlineData("![[chart.svg]]", "chart.svg", "")]
    public void A_missing_file_is_NG0012_with_the_closest_file_name(string text, string target, string suggestion)
    {
        var vault = Vault(text, "img/diagram.png", "other/Diagram.PNG");

        Assert.Equal(["NG0012", target, suggestion], Assert.Single(vault.Diagnostics("notes/from.md")));
        Assert.Equal(ResolvedLink.Missing, vault.Link("notes/from.md"));
    }

    [Fact]
    public void A_note_named_like_a_file_is_a_note()
    {
        var vault = TestVault.Of(("from.md", "[[Release 1.0.tar]]"), ("Release 1.0.tar.md", ""));

        Assert.Equal(new ResolvedLink("Release 1.0.tar.md", -1, LinkState.Resolved), vault.Link("from.md"));
    }

    [Fact]
    public void The_parsers_diagnostics_come_first_then_the_links_in_order()
    {
        var vault = Vault("---\na: [\n---\n[[one]] [[two]]");

        Assert.Equal(["NG0002", "NG0001", "NG0001"], vault.Diagnostics("notes/from.md").Select(d => d[0]));
        Assert.Equal(["one", "two"], vault.Diagnostics("notes/from.md").Skip(1).Select(d => d[1]));
    }

    [Fact]
    public void Typed_sections_off_leaves_the_note_without_section_names()
    {
        var settings = TestSettings.Default with { TypedSections = false };
        var vault = TestVault.Of([("a.md", "# One\n## Two\n")], [], [], settings);

        Assert.Equal(NoteMembers.Untyped, vault.Resolve("a.md").Members);
        Assert.Equal(["One", "Two"], TestVault.Of(("a.md", "# One\n## Two\n")).Resolve("a.md").Members.SectionFields);
    }

    [Fact]
    public void Resolving_stops_when_the_build_is_cancelled()
    {
        var vault = Vault("[[guide]]");

        Assert.ThrowsAny<OperationCanceledException>(() => NoteResolver.Resolve(vault["notes/from.md"], vault.Index, new CancellationToken(true)));
    }
}
