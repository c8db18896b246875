using Microsoft.CodeAnalysis;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>Obsidian-grade links: headings, blocks, embeds, attachments, Markdown links, aliases, suggestions,
/// backlinks and tags. Each diagnostic is asserted with its ID, message and exact place in the .md file.</summary>
public class LinkTests
{
    private const string B = """
        ---
        aliases: [Bee, The B note]
        ---
        # B
        Intro line. ^intro

        ## What's next?
        - an item ^item-1
        ### Sub
        ## Q&A: pricing
        | a | b |
        |---|---|
        | 1 | 2 |

        ^table-1
        """;

    private static (string Id, string Message, int Line, int Column)[] Reported(GeneratorRun run, string file = "/project/notes/a.md") =>
        run.Reported().Where(d => d.Path == file).Select(d => (d.Id, d.Message, d.Line, d.Column)).ToArray();

    [Fact]
    public void Headings_match_as_in_Obsidian_and_a_missing_one_is_NG0010_at_the_link()
    {
        var run = GeneratorHarness.Run(
            ("notes/a.md", "[[b#What's next]] [[B#WHAT'S NEXT]]   [[b#Q&A: pricing]] [[b#Q A pricing]] [[b#What's next?#Sub]] [[b#Sub]]\n" +
                           "[[b#Missing]] [[b#Q&A pricing#Sub]] [[b#Whats nxt]]\n"),
            ("notes/b.md", B));

        Assert.Equal(
        [
            ("NG0010", "Note 'b' has no heading 'Missing'", 2, 1),
            ("NG0010", "Note 'b' has no heading 'Q&A pricing#Sub'", 2, 15),
            ("NG0010", "Note 'b' has no heading 'Whats nxt'; did you mean 'What's next?'?", 2, 37),
        ], Reported(run));
    }

    [Fact]
    public void Links_into_the_same_note_check_its_own_headings_and_blocks()
    {
        var run = GeneratorHarness.Run(("notes/a.md", "# Top\nSee [[#Top]], [[#^here]] and [[#Bottom]]. ^here\n"));

        Assert.Equal([("NG0010", "Note 'a' has no heading 'Bottom'", 2, 30)], Reported(run));
    }

    [Fact]
    public void Block_ids_end_a_line_or_stand_alone_after_a_table_and_a_missing_one_is_NG0011()
    {
        var run = GeneratorHarness.Run(
            ("notes/a.md", "- [[b#^intro]] [[b#^ITEM-1]] [[b#^table-1]]\n- [[b#^nope]]\n"),
            ("notes/b.md", B));

        Assert.Equal([("NG0011", "Note 'b' has no block '^nope'", 2, 3)], Reported(run));
    }

    [Fact]
    public void Embeds_of_notes_and_files_are_links_and_files_are_checked_once_the_project_lists_any()
    {
        const string text = "![[b]] ![[b#Sub]] ![[diagram.png]] ![[missing.png]] ![[digram.png]] ![[release 2.0]]\n";

        var withoutFiles = GeneratorHarness.Run(("notes/a.md", text), ("notes/b.md", B));
        Assert.Equal([("NG0001", "Link target 'release 2.0' does not match any note", 1, 69)], Reported(withoutFiles));

        var withFiles = GeneratorHarness.Run(("notes/a.md", text), ("notes/b.md", B), ("notes/img/diagram.png", ""));
        Assert.Equal(
        [
            ("NG0012", "Link target 'missing.png' does not match any file listed in AdditionalFiles", 1, 36),
            ("NG0012", "Link target 'digram.png' does not match any file listed in AdditionalFiles; did you mean 'diagram.png'?", 1, 53),
            ("NG0001", "Link target 'release 2.0' does not match any note", 1, 69),
        ], Reported(withFiles));
    }

    [Fact]
    public void Markdown_links_to_local_files_are_checked_and_external_ones_are_not()
    {
        var run = GeneratorHarness.Run(
            ("notes/a.md", "[b](b.md) [sp](other%20note.md#Part) [h](#Here) [up](../top.md) [x](https://example.com/missing.md) [m](mailto:x@y.z)\n" +
                           "[gone](gone.md) ![img](img/diagram.png) [bad](b.md#Nope) [rel](./b.md)\n\n## Here\n"),
            ("notes/b.md", B), ("notes/other note.md", "## Part\n"), ("top.md", "# Top\n"), ("notes/img/diagram.png", ""));

        Assert.Equal(
        [
            ("NG0001", "Link target 'gone.md' does not match any note", 2, 1),
            ("NG0010", "Note 'b' has no heading 'Nope'", 2, 41),
        ], Reported(run));
    }

    [Fact]
    public void Broken_links_suggest_the_closest_name_or_where_the_name_lives()
    {
        var run = GeneratorHarness.Run(
            ("notes/a.md", "[[amazons_bussiness]] [[Amazons Business]] [[nvidai]] [[work/amazons_business]] [[zzz]] [[Bea]]\n"),
            ("notes/deep/amazons_business.md", "# A\n"), ("notes/nvidia.md", "# N\n"), ("notes/b.md", B));

        Assert.Equal(
        [
            ("NG0001", "Link target 'amazons_bussiness' does not match any note; did you mean 'amazons_business'?", 1, 1),
            ("NG0001", "Link target 'Amazons Business' does not match any note; did you mean 'amazons_business'?", 1, 23),
            ("NG0001", "Link target 'nvidai' does not match any note; did you mean 'nvidia'?", 1, 44),
            ("NG0001", "Link target 'work/amazons_business' does not match any note; did you mean 'notes/deep/amazons_business'?", 1, 55),
            ("NG0001", "Link target 'zzz' does not match any note", 1, 81),
            // Suggestions are names: a link to an alias does not resolve.
            ("NG0001", "Link target 'Bea' does not match any note", 1, 89),
        ], Reported(run));
    }

    [Fact]
    public void Links_in_front_matter_values_are_links_checked_at_their_place_in_the_yaml()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(
                ("notes/a.md", """
                    ---
                    author: "[[b]]"
                    related: ["[[b#What's next]]", "[[c|see c]]"]
                    sources:
                      - "[[b#^item-1]]"
                      - "Read [[missing]] and [[b#Nowhere]] first"
                    plain: see [[b]] too
                    note: no link here
                    ---
                    Body [[c]].
                    """),
                ("notes/b.md", B),
                ("notes/c.md", "# C\n"),
                // Only plain "key: value" lines: read without YamlDotNet.
                ("notes/d.md", "---\nup: see [[b]] here\n---\n")),
            """
            using System.Linq;

            public static class Probe
            {
                public static string Run() => string.Join(" | ", App.Notes.A.Links.Select(l => (l.Property ?? "body") + " " + l + " " + (l.Path ?? "-")
                    + (l.Section == null ? "" : "#" + l.Section.Heading) + (l.IsBroken ? " broken" : "") + " " + l.Line + ":" + l.Column))
                    + " || " + string.Join(",", App.Notes.B.Backlinks.Select(l => l.Source.Name + ":" + (l.Property ?? "body") + ":" + l.Line + ":" + l.Column))
                    + " || " + App.Notes.A.Claims.Single().Links.Single() + " " + App.Notes.A.FrontMatter["author"];
            }
            """);

        Assert.Equal(
            "body [[c]] notes/c.md 10:6 | author [[b]] notes/b.md 2:10 | related [[b#What's next]] notes/b.md#What's next? 3:12"
            + " | related [[c|see c]] notes/c.md 3:33 | sources [[b#^item-1]] notes/b.md#What's next? 5:6"
            + " | sources [[missing]] - broken 6:11 | sources [[b#Nowhere]] notes/b.md broken 6:27 | plain [[b]] notes/b.md 7:12"
            + " || a:author:2:10,a:related:3:12,a:sources:5:6,a:sources:6:27,a:plain:7:12,d:up:2:9 || [[c]] [[b]]",
            run.Invoke("Probe"));
        Assert.Equal(
        [
            ("NG0001", "Link target 'missing' does not match any note", 6, 11),
            ("NG0010", "Note 'b' has no heading 'Nowhere'", 6, 27),
        ], Reported(run));
    }

    [Fact]
    public void A_link_to_an_alias_is_broken_as_in_Obsidian_and_says_what_to_write_while_Find_knows_aliases()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(
                ("notes/a.md", "[[Bee]] [[the b note|shown]] [[Bee#Part]] [[b|Bee]] [[c]] [Bee](Bee.md) [[Ob]]\n"),
                ("notes/b.md", B),
                ("notes/c.md", "---\naliases: b\n---\n# C\n"),
                ("notes/x/other.md", "---\nalias: [c, Ob]\n---\n# Other\n"),
                ("notes/other.md", "# Another other\n")),
            """
            using System.Linq;

            public static class Probe
            {
                public static string Run() => string.Join(",", App.Notes.A.Links.Select(l => l.Note?.Name ?? "-"))
                    + " " + App.Notes.Find("bee")!.Name + " " + App.Notes.Find("b")!.Name + " " + App.Notes.Find("the B NOTE.md")?.Name;
            }
            """);

        Assert.Equal(
        [
            ("NG0001", "Link target 'Bee' does not match any note; 'Bee' is an alias of 'b'; write [[b|Bee]]", 1, 1),
            ("NG0001", "Link target 'the b note' does not match any note; 'the b note' is an alias of 'b'; write [[b|shown]]", 1, 9),
            ("NG0001", "Link target 'Bee' does not match any note; 'Bee' is an alias of 'b'; write [[b#Part|Bee]]", 1, 30),
            ("NG0001", "Link target 'Bee.md' does not match any note; 'Bee' is an alias of 'b'; write [Bee](b.md)", 1, 59),
            // 'other' alone would lead to another note with that name: the fix names the path.
            ("NG0001", "Link target 'Ob' does not match any note; 'Ob' is an alias of 'notes/x/other'; write [[notes/x/other|Ob]]", 1, 73),
        ], Reported(run));
        Assert.Equal("-,-,-,b,c,-,- b b b", run.Invoke("Probe"));
    }

    [Fact]
    public void Links_expose_their_kind_parts_and_resolved_section_and_notes_their_backlinks_and_tags()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(
                ("notes/a.md", "---\ntags: [video, 'area/strategy']\n---\n# A #draft\n- [[b#Sub|see sub]] and ![[b#^item-1]] #area/strategy #Video\n" +
                               "- [text](b.md#Q%26A%3A%20pricing) ![alt](pic.png) [[missing]]\n\n| x |\n|---|\n| [[b\\|piped]] |\n"),
                ("notes/b.md", B),
                ("notes/c.md", "[[a]] [[b]] [[c]] [[a#A]]\n")),
            """
            using System.Linq;

            public static class Probe
            {
                public static string Run()
                {
                    var lines = App.Notes.A.Links.Select(l =>
                        $"{l}|{l.Target}|{l.Alias}|{l.Heading}|{l.BlockId}|{l.IsEmbed}|{l.IsMarkdownLink}|{l.Path}|{l.Note?.Name}|{l.Section?.Heading}|{l.IsBroken}|{l.Line}:{l.Column}").ToList();
                    lines.Add("tags " + string.Join(",", App.Notes.A.Tags));
                    lines.Add("back a " + string.Join(",", App.Notes.A.Backlinks.Select(l => l.Source.Name + "@" + l.Line + ":" + l.Column)));
                    lines.Add("back b " + string.Join(",", App.Notes.B.Backlinks.Select(l => l.Source.Name + "@" + l.Line + ":" + l.Column)));
                    lines.Add("claim " + App.Notes.B.Claims[0].Text);
                    return string.Join("\n", lines);
                }
            }
            """);

        Assert.Equal([("NG0001", "Link target 'missing' does not match any note", 6, 51)], Reported(run));
        Assert.Equal(
            """
            [[b#Sub|see sub]]|b#Sub|see sub|Sub||False|False|notes/b.md|b|Sub|False|5:3
            ![[b#^item-1]]|b#^item-1|||item-1|True|False|notes/b.md|b|What's next?|False|5:25
            [text](b.md#Q%26A%3A%20pricing)|b.md#Q%26A%3A%20pricing|text|Q&A: pricing||False|True|notes/b.md|b|Q&A: pricing|False|6:3
            ![alt](pic.png)|pic.png|alt|||True|True||||False|6:35
            [[missing]]|missing||||False|False||||True|6:51
            [[b|piped]]|b|piped|||False|False|notes/b.md|b||False|10:3
            tags video,area/strategy,draft
            back a c@1:1,c@1:19
            back b a@5:3,a@5:25,a@6:3,a@10:3,c@1:7
            claim Intro line.
            """.ReplaceLineEndings("\n"), run.Invoke("Probe"));
    }
}
