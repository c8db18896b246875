using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using static NoteGen.StageTests.Parsing.Notes;

namespace NoteGen.StageTests.Parsing;

/// <summary>How the body becomes claims and sections: sentence ends, the Markdown each claim covers, which blocks hold claims.</summary>
public class ClaimTests
{
    private static string Claims(string markdown) => string.Join(" | ", Parse(markdown + "\n").Claims.Select(c => c.Text));

    [Theory]
    [InlineData("He said \"Go.\" Then he left.", "He said \"Go.\" | Then he left.")]
    [InlineData("(See this.) Next one.", "(See this.) | Next one.")]
    [InlineData("Sure.” Next.", "Sure.” | Next.")]
    [InlineData("Why? Because! Fine.", "Why? | Because! | Fine.")]
    [InlineData("Wait... What?", "Wait... | What?")]
    [InlineData("Ask Dr. Smith. Then go.", "Ask Dr. Smith. | Then go.")]
    [InlineData("Call MR. Brown now. Done.", "Call MR. Brown now. | Done.")]
    [InlineData("Some (e.g. this) works. Fine.", "Some (e.g. this) works. | Fine.")]
    [InlineData("I met J. Tolkien. He wrote.", "I met J. Tolkien. | He wrote.")]
    [InlineData("Plan B. Next.", "Plan B. Next.")]
    [InlineData("It works!Next one.", "It works!Next one.")]
    [InlineData("Version 2. then more.", "Version 2. then more.")]
    [InlineData("End. 42 is next.", "End. | 42 is next.")]
    [InlineData("One.  ,  Two.", "One. | Two.")]
    [InlineData("One. , two.", "One. two.")]
    [InlineData("First.\nSecond.", "First. | Second.")]
    [InlineData("First.\nsecond.", "First. second.")]
    [InlineData("First.  \nSecond.", "First. | Second.")]
    [InlineData("End.<br> Next.", "End. | Next.")]
    [InlineData("End. <br>next.", "End. next.")]
    [InlineData("End.<br>next.", "End. next.")]
    [InlineData("First. **Bold** second.", "First. | Bold second.")]
    [InlineData("First. `code` here.", "First. | code here.")]
    [InlineData("Done. [[Link]] follows.", "Done. | Link follows.")]
    [InlineData("Done. [[Link]] Follows.", "Done. | Link Follows.")]
    [InlineData("[[x|Done.]] Next one.", "Done. Next one.")]
    [InlineData("Version 2.0 Beta is out.", "Version 2.0 Beta is out.")]
    [InlineData("Done. #tag next.", "Done. | #tag next.")]
    [InlineData("Last one.", "Last one.")]
    [InlineData("Unclosed *star. Next one [bracket", "Unclosed *star. | Next one [bracket")]
    [InlineData("Mail <a@b.co> or <https://e.com>.", "Mail a@b.co or https://e.com.")]
    public void A_sentence_ends_at_a_terminator_and_whitespace_unless_an_abbreviation_initial_or_lower_case_word_goes_on(string markdown, string claims) =>
        Assert.Equal(claims, Claims(markdown));

    [Fact]
    public void A_claim_covers_its_Markdown_from_its_first_to_its_last_character_with_the_timestamps_that_cite_it()
    {
        string anchor = Anchor("00:05");
        var note = Parse($"---\nk: v\n---\nFirst one. Second *one* here. {anchor} Third.\n");

        Assert.Equal(["First one.", $"Second *one* here. {anchor}", "Third."], note.Claims.Select(note.MarkdownOf));
        Assert.Equal([0, 11, 81], note.Claims.Select(c => c.MarkdownStart));
        Assert.Equal([4, 4, 4], note.Claims.Select(c => c.Line));
        Assert.Equal([(0, 0), (0, 1), (1, 0)], note.Claims.Select(c => (c.FirstTimestamp, c.TimestampCount)));
    }

    [Fact]
    public void Tables_code_and_HTML_blocks_hold_no_claims_but_table_links_and_timestamps_count()
    {
        var note = Parse($"| a | b |\n|---|---|\n| [[x]] | {Anchor("00:01")} |\n\n> Quoted [[q]].\n\n```\nCode.\n```\n\n<div>\nHtml.\n</div>\n");

        var claim = Assert.Single(note.Claims);
        Assert.Equal(("Quoted q.", 1, 1, 1, 0), (claim.Text, claim.FirstLink, claim.LinkCount, claim.FirstTimestamp, claim.TimestampCount));
        Assert.Equal(["x", "q"], note.Links.Select(l => l.Target));
        Assert.Equal(["00:01"], note.Timestamps.Select(t => t.Label));
    }

    [Fact]
    public void A_list_item_first_paragraph_is_one_claim_and_its_later_blocks_split_into_sentences()
    {
        var note = Parse("- First para. Two.\n\n  Second para. Three.\n- [ ] Task item\n- ```\n  code\n  ```\n  After. Fence.\n");

        Assert.Equal(["First para. Two.", "Second para.", "Three.", "Task item", "After.", "Fence."], note.Claims.Select(c => c.Text));
        Assert.Equal([1, 3, 3, 4, 8, 8], note.Claims.Select(c => c.Line));
    }

    [Fact]
    public void Claim_text_collapses_whitespace_and_drops_spaces_before_punctuation_and_dangling_separators()
    {
        Assert.Equal("Spaces and tabs, and; stuff: yes!", Claims("Spaces   and\ttabs , and ; stuff : yes !"));
        Assert.Equal("Cited.", Claims($"Cited {Anchor("00:01")}, {Anchor("00:02")};."));
        Assert.Equal("Cited", Claims($"Cited {Anchor("00:01")} ,; {Anchor("00:02")} ;"));
        Assert.Equal("a,; b", Claims("a ,; b"));
        Assert.Equal("a b", Claims("a\u0007b"));
    }

    [Fact]
    public void Blocks_with_no_text_make_no_claim()
    {
        var note = Parse("<span></span> ^only-id\n\n- \n\n[[x|]]\n");

        Assert.Equal(["x"], note.Claims.Select(c => c.Text));
    }

    [Fact]
    public void A_long_claim_is_kept_whole()
    {
        string words = string.Join(" ", Enumerable.Range(0, 300).Select(i => "word" + i));

        Assert.Equal(words + ".", Claims(words + "."));
        Assert.Equal(words + " end", Claims($"- {words} end"));
        string code = new string('c', 1_000);
        Assert.Equal("Code " + code + ".", Claims($"Code `{code}`."));
    }

    [Fact]
    public void Headings_are_sections_with_plain_text_and_unique_anchors_and_their_links_are_no_claims()
    {
        var note = Parse("---\nk: v\n---\n## A\n## A\n## a!\nSetext *title* [[x|y]]\n===\nText [[z]].\n");

        Assert.Equal([("A", 2, 4, "a"), ("A", 2, 5, "a-1"), ("a!", 2, 6, "a-2"), ("Setext title y", 1, 7, "setext-title-y")],
            note.Sections.Select(s => (s.Heading, s.Level, s.Line, s.Anchor)));
        Assert.Equal([-1, -1, -1, -1], note.Sections.Select(s => s.Parent));
        var claim = Assert.Single(note.Claims);
        Assert.Equal((3, 1, 1), (claim.Section, claim.FirstLink, claim.LinkCount));
    }

    [Theory]
    [InlineData("notes/My.Note.md", "My.Note")]
    [InlineData("notes/.hidden", ".hidden")]
    [InlineData("plain", "plain")]
    public void A_note_is_named_by_its_file_name_without_extension(string path, string name)
    {
        var note = Parse("Text.\n", path);

        Assert.Equal((name, name, path, "/project/" + path), (note.Name, note.Title, note.Path, note.FilePath));
    }

    [Fact]
    public void An_unreadable_note_is_named_by_its_path_and_reported_at_its_start()
    {
        var note = NoteParser.Empty("/project/dir/x.md", "dir/x.md", "boom");

        Assert.Equal(("x", "x", "", null), (note.Name, note.Title, note.Markdown, note.Html));
        var diagnostic = Assert.Single(note.Diagnostics);
        Assert.Equal(("NG0007", "/project/dir/x.md", TextLocation.FileStart, "boom"), (diagnostic.Id, diagnostic.FilePath, diagnostic.Location, diagnostic.Arguments.Single()));
        Assert.Empty(note.Claims);
    }

    [Theory]
    [InlineData("---", true)]
    [InlineData("---\r\ntitle: x\r\nBody.", true)]
    [InlineData("---\rtitle: x\rBody.", true)]
    [InlineData("----\ntitle: x\n", false)]
    [InlineData("---x\n", false)]
    [InlineData("Text\n---\n", false)]
    public void A_note_opening_with_a_dash_line_that_never_closes_is_reported_at_the_dashes(string text, bool reported)
    {
        var expected = reported ? [("NG0004", 0, 0, 3)] : Array.Empty<(string, int, int, int)>();

        Assert.Equal(expected, Parse(text).Places());
    }

    [Fact]
    public void A_note_nested_deeper_than_Markdig_allows_is_refused_for_the_reader_to_report()
    {
        Assert.Equal(["deep"], Parse(new string('>', 127) + " deep\n").Claims.Select(c => c.Text));
        Assert.Throws<ArgumentException>(() => Parse(new string('>', 128) + " deep\n"));
    }

    [Fact]
    public void Parsing_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            NoteParser.Parse("/project/n.md", "n.md", "Text.\n", TestSettings.Default, cancelled.Token));
    }
}
