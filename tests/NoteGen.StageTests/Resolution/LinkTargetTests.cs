using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>Which note, file, heading or block a link's target names (Obsidian's conventions).</summary>
public class LinkTargetTests
{
    private static readonly TestVault Folders = TestVault.Empty(
        "home/Security and privacy.md", "work/Security and privacy.md", "top.md", "work/meeting.md", "home/todo.md", "work/deep/x.md",
        "n.md", "sub/n.md", "sub/k.md", "a/x/m.md", "b/x/m.md", "b/x/k.md", "zz/long.md", "a/b/long.md", "xb/c.md");

    [Theory]
    [InlineData("work/meeting.md", "./Security and privacy", "work/Security and privacy.md")]
    [InlineData("work/meeting.md", "./Security and privacy.md", "work/Security and privacy.md")]
    [InlineData("work/deep/x.md", "../../home/Security and privacy", "home/Security and privacy.md")]
    [InlineData("work/deep/x.md", "../meeting", "work/meeting.md")]
    [InlineData("work/meeting.md", "./todo", null)]
    [InlineData("work/meeting.md", "../../top", null)]
    [InlineData("top.md", "./n", "n.md")]
    public void Relative_links_resolve_from_the_linking_notes_folder_and_only_there(string from, string target, string? expected)
    {
        Assert.Equal(expected, LinkResolver.ResolveNote(Folders.Index, from, target));
    }

    [Theory]
    [InlineData("top.md", "ork/Security and privacy", null)]
    [InlineData("top.md", "b/c", null)]
    [InlineData("top.md", "WORK/security and privacy", "work/Security and privacy.md")]
    [InlineData("top.md", "work\\Security and privacy", "work/Security and privacy.md")]
    [InlineData("top.md", "/work/Security and privacy", "work/Security and privacy.md")]
    [InlineData("top.md", "x/m", "a/x/m.md")]
    [InlineData("b/x/k.md", "x/m", "b/x/m.md")]
    [InlineData("top.md", "b/x/m", "b/x/m.md")]
    public void A_path_matches_whole_folders_at_the_end_of_a_notes_path(string from, string target, string? expected)
    {
        Assert.Equal(expected, LinkResolver.ResolveNote(Folders.Index, from, target));
    }

    [Theory]
    [InlineData("sub/k.md", "n", "n.md")]
    [InlineData("top.md", "sub/n", "sub/n.md")]
    [InlineData("top.md", "long", "zz/long.md")]
    [InlineData("top.md", "m", "a/x/m.md")]
    [InlineData("b/x/k.md", "m", "b/x/m.md")]
    public void Among_several_matches_the_exact_path_wins_then_the_own_folder_then_the_shortest_path_then_ordinal_order(
        string from, string target, string expected)
    {
        Assert.Equal(expected, LinkResolver.ResolveNote(Folders.Index, from, target));
    }

    [Fact]
    public void An_alias_is_not_a_name_a_link_resolves_by_but_says_which_note_was_meant()
    {
        var vault = TestVault.Of(("topics/Artificial intelligence.md", "---\naliases: [AI, Machine minds]\n---\n"), ("top.md", ""));

        Assert.Null(LinkResolver.ResolveNote(vault.Index, "top.md", "AI"));
        Assert.Equal("topics/Artificial intelligence.md", LinkResolver.AliasedNote(vault.Index, "top.md", "ai"));
        Assert.Equal("topics/Artificial intelligence.md", LinkResolver.AliasedNote(vault.Index, "top.md", "machine MINDS.md"));
        Assert.Null(LinkResolver.AliasedNote(vault.Index, "top.md", "topics/AI"));
        Assert.Null(LinkResolver.AliasedNote(vault.Index, "top.md", "Artificial intelligence"));
        var slashed = TestVault.Of(("x/AI/ML.md", "---\naliases: [AI/ML]\n---\n"), ("top.md", ""));
        Assert.Null(LinkResolver.AliasedNote(slashed.Index, "top.md", "AI/ML"));
    }

    [Theory]
    [InlineData("img/n.md", "diagram.png", "img/diagram.png")]
    [InlineData("top.md", "diagram.png", "img/diagram.png")]
    [InlineData("other/deep/n.md", "DIAGRAM.PNG", "img/diagram.png")]
    [InlineData("other/n.md", "diagram.png", "other/diagram.png")]
    [InlineData("top.md", "other/diagram.png", "other/diagram.png")]
    [InlineData("other/n.md", "../img/diagram.png", "img/diagram.png")]
    [InlineData("top.md", "diagram", null)]
    public void Attachments_resolve_by_file_name_with_its_extension_like_notes(string from, string target, string? expected)
    {
        var vault = TestVault.Of([("top.md", "")], ["other/diagram.png", "img/diagram.png"], []);

        Assert.Equal(expected, LinkResolver.ResolveAttachment(vault.Index, from, target));
    }

    [Theory]
    [InlineData("diagram.png", true)]
    [InlineData("folder/clip.MP4", true)]
    [InlineData("a.abcdefgh", true)]
    [InlineData("a.abcdefghi", false)]
    [InlineData("Release 2.0", false)]
    [InlineData("v1.2/readme", false)]
    [InlineData("notes/.png", false)]
    [InlineData(".png", false)]
    [InlineData("a/b.c", true)]
    [InlineData("note.md", false)]
    [InlineData("note.MD", false)]
    [InlineData("trailing.", false)]
    [InlineData("photo.pñg", false)]
    [InlineData("photo.p-g", false)]
    [InlineData("scan.2x4", true)]
    public void A_target_names_a_file_when_its_last_segment_ends_in_an_extension_other_than_md(string target, bool namesFile)
    {
        Assert.Equal(namesFile, LinkResolver.NamesFile(target));
    }

    [Theory]
    [InlineData("What's next?", "what's next")]
    [InlineData("  A.B  ", "a b")]
    [InlineData("C# / .NET", "c net")]
    [InlineData("Tabs\tand\nlines", "tabs and lines")]
    [InlineData("[[Wiki]] {x} (y) <z> @a ^b `c` |d ~e \\f", "wiki x y z a b c d e f")]
    [InlineData("!\"$%&*+,:;=", "")]
    [InlineData("ÜBER Straße", "über straße")]
    public void Headings_compare_with_punctuation_as_spaces_whitespace_collapsed_and_case_ignored(string heading, string key)
    {
        Assert.Equal(key, LinkResolver.HeadingKey(heading));
    }

    private static readonly NoteAnchors Outline = NoteKey.Of(TestVault.Parse("n.md", "# Intro\n## Setup\n### Install\n## Usage\n# Other\n## Setup\n## What's next?\nText ^Block-1\n\n- item ^two\n")).Anchors;

    [Theory]
    [InlineData("Setup", 1)]
    [InlineData("setup", 1)]
    [InlineData("Other#Setup", 5)]
    [InlineData("Intro#Install", 2)]
    [InlineData("Intro#Setup#Install", 2)]
    [InlineData("Intro#Usage", 3)]
    [InlineData("Usage#Install", -1)]
    [InlineData("Other#Install", -1)]
    [InlineData("Other#Usage", -1)]
    [InlineData("Other##Setup", 5)]
    [InlineData("Whats next", -1)]
    [InlineData("what's   NEXT", 6)]
    [InlineData("Nothing", -1)]
    [InlineData("Install#Intro", -1)]
    [InlineData("Intro#Other", -1)]
    [InlineData("Setup#Usage", -1)]
    [InlineData("?!", -1)]
    public void A_heading_subpath_names_the_first_matching_heading_each_part_nested_under_the_one_before(string subpath, int section)
    {
        Assert.Equal(section, LinkResolver.FindHeading(Outline, subpath));
    }

    [Fact]
    public void The_first_of_two_equal_headings_is_the_one_linked()
    {
        var anchors = NoteKey.Of(TestVault.Parse("n.md", "# Setup\n# Setup\n")).Anchors;

        Assert.Equal(0, LinkResolver.FindHeading(anchors, "Setup"));
    }

    [Theory]
    [InlineData("block-1", "Block-1", 6)]
    [InlineData("TWO", "two", 6)]
    [InlineData("three", null, 0)]
    public void Block_ids_match_ignoring_case_and_keep_their_written_form_and_section(string id, string? written, int section)
    {
        bool found = LinkResolver.TryFindBlock(Outline, id, out var block);

        Assert.Equal(written != null, found);
        Assert.Equal(written, block?.Id);
        if (block != null)
            Assert.Equal(section, block.Section);
    }
}
