using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using static NoteGen.StageTests.Parsing.Notes;

namespace NoteGen.StageTests.Parsing;

/// <summary>Obsidian's inline syntax: wiki links and embeds, Markdown links to vault files, #tags and ^block-ids.</summary>
public class InlineTests
{
    /// <summary>Each link's source, as its location spans it.</summary>
    private static IEnumerable<string> Written(string text, ParsedNote note) =>
        note.Links.Select(l => text.Substring(l.Location.Start, l.Location.Length));

    [Fact]
    public void Wiki_links_split_into_path_heading_or_block_and_alias()
    {
        const string text = "A [[note#Heading|Alias]] b ![[pic.png|300]] c [[#Local]] d [[a\\|b]] e [[x|]] f [[ sp #^blk ]] g [[]] h [[100%25#50%25]].\n";
        var note = Parse(text);

        Assert.Equal(
            [
                ("note#Heading", "note", "Heading", "Alias", LinkKind.WikiLink),
                ("pic.png", "pic.png", null, "300", LinkKind.WikiEmbed),
                ("#Local", "", "Local", null, LinkKind.WikiLink),
                ("a", "a", null, "b", LinkKind.WikiLink),
                ("x", "x", null, null, LinkKind.WikiLink),
                ("sp #^blk", "sp", "^blk", null, LinkKind.WikiLink),
                ("", "", null, null, LinkKind.WikiLink),
                ("100%25#50%25", "100%25", "50%25", null, LinkKind.WikiLink), // not URL-decoded, unlike a Markdown link's
            ],
            note.Links.Select(l => (l.Target, l.PathPart, l.Subpath, l.Alias, l.Kind)));
        Assert.Equal(["[[note#Heading|Alias]]", "![[pic.png|300]]", "[[#Local]]", "[[a\\|b]]", "[[x|]]", "[[ sp #^blk ]]", "[[]]", "[[100%25#50%25]]"], Written(text, note));
        Assert.Equal("A Alias b 300 c #Local d b e x f sp #^blk g h 100%25#50%25.", note.Claims.Single().Text);
    }

    [Theory]
    [InlineData("A [[a [[b]] c.", "b", "A [[a b c.")]
    [InlineData("A [[a\nb]] c.", null, "A [[a b]] c.")]
    [InlineData("A [[a] c.", null, "A [[a] c.")]
    [InlineData("A [[a]]] c.", "a", "A a] c.")]
    [InlineData("Wow! [[a]]", "a", "Wow! a")]
    [InlineData("Wow![[a]]", "a", "Wowa")]
    public void A_wiki_link_closes_on_its_line_before_any_other_opening(string markdown, string? target, string text)
    {
        var note = Parse(markdown + "\n");

        Assert.Equal(target == null ? [] : [target], note.Links.Select(l => l.Target));
        Assert.Equal(text, string.Join(" ", note.Claims.Select(c => c.Text)));
    }

    [Fact]
    public void Markdown_links_to_vault_files_are_links_with_their_text_as_alias_and_the_url_percent_decoded()
    {
        const string text = "See [the other](other%20note.md#Some%20Part), ![alt *text*](img/pic.png \"T\"), [web](https://e.com), [top](#), [sec](#Part) and [pct](100%25%.md) or [](empty.md).\n";
        var note = Parse(text);

        Assert.Equal(
            [
                ("other%20note.md#Some%20Part", "other note.md", "Some Part", "the other", LinkKind.MarkdownLink),
                ("img/pic.png", "img/pic.png", null, "alt text", LinkKind.MarkdownImage),
                ("#Part", "", "Part", "sec", LinkKind.MarkdownLink),
                ("100%25%.md", "100%%.md", null, "pct", LinkKind.MarkdownLink),
                ("empty.md", "empty.md", null, null, LinkKind.MarkdownLink),
            ],
            note.Links.Select(l => (l.Target, l.PathPart, l.Subpath, l.Alias, l.Kind)));
        Assert.Equal(["[the other](other%20note.md#Some%20Part)", "![alt *text*](img/pic.png \"T\")", "[sec](#Part)", "[pct](100%25%.md)", "[](empty.md)"],
            Written(text, note));
        Assert.Equal("See the other, alt text, web, top, sec and pct or.", note.Claims.Single().Text);
    }

    [Theory]
    [InlineData("other.md", true)]
    [InlineData("../a b.md", true)]
    [InlineData("#heading", true)]
    [InlineData(":odd", true)]
    [InlineData("1abc:x", true)]
    [InlineData("a_b:x", true)]
    [InlineData("a/b:c", true)]
    [InlineData("`a:x", true)]
    [InlineData("{a:x", true)]
    [InlineData("@a:x", true)]
    [InlineData("[a:x", true)]
    [InlineData("x/:y", true)]
    [InlineData("x", true)]
    [InlineData("#", false)]
    [InlineData(" # ", false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData(null, false)]
    [InlineData("https://example.com", false)]
    [InlineData("mailto:a@b.c", false)]
    [InlineData("a:x", false)]
    [InlineData("z:x", false)]
    [InlineData("A:x", false)]
    [InlineData("Z:x", false)]
    [InlineData("x0:y", false)]
    [InlineData("x9:y", false)]
    [InlineData("x+.-:y", false)]
    public void A_url_is_a_vault_link_when_it_has_no_scheme(string? url, bool local) =>
        Assert.Equal(local, InlineCollector.IsLocalUrl(url));

    [Fact]
    public void Tags_start_a_word_and_hold_letters_digits_and_underscore_dash_slash_with_one_non_digit()
    {
        var note = Parse("#start of a line with #tag, #nested/topic-1_x #42 a#b #é #1a (#paren) # #.\n#next line #last\n\n# Heading is no tag\n");

        Assert.Equal(["start", "tag", "nested/topic-1_x", "é", "1a", "next", "last"], note.Tags);
        Assert.Equal("#start of a line with #tag, #nested/topic-1_x #42 a#b #é #1a (#paren) # #. #next line #last", string.Join(" ", note.Claims.Select(c => c.Text)));
        Assert.Equal("Heading is no tag", note.Sections.Single().Heading);
    }

    [Fact]
    public void A_block_id_ends_its_line_is_hidden_from_the_claim_and_belongs_to_its_section()
    {
        var note = Parse("Intro ^top\n\n## S\nA claim ^abc-1 \t\nNot ^an id here\nx^no or ^é or ^\n\nLast ^Z9 \t\n\nAfter ^it x\n");

        Assert.Equal([("top", -1, 1), ("abc-1", 0, 4), ("Z9", 0, 8)], note.BlockIds.Select(b => (b.Id, b.Section, b.Line)));
        Assert.Equal(["Intro", "A claim Not ^an id here x^no or ^é or ^", "Last", "After ^it x"], note.Claims.Select(c => c.Text));
    }

    [Fact]
    public void A_block_id_may_end_a_line_that_ends_in_CRLF_or_CR()
    {
        var note = Parse("First ^a\r\nsecond ^b\rthird\r\n");

        Assert.Equal([("a", 1), ("b", 2)], note.BlockIds.Select(b => (b.Id, b.Line)));
        Assert.Equal("First second third", note.Claims.Single().Text);
    }

    [Fact]
    public void Lines_end_at_CRLF_LF_or_a_lone_CR()
    {
        var lines = new LineMap("a\r\nb\rc\nd");

        Assert.Equal([(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 1)],
            Enumerable.Range(0, 9).Select(lines.Position));
        Assert.Equal([0, 3, 5, 7, 8, 8], Enumerable.Range(0, 6).Select(lines.LineStart));
        Assert.Equal(new TextLocation(1, 5, 0, 1, 2, 1), lines.Location(1, 6));
    }
}
