using NoteGen.Generator.Model;
using static NoteGen.StageTests.Parsing.Notes;

namespace NoteGen.StageTests.Parsing;

/// <summary>Markdown + YAML → ParsedNote, on small inline notes.</summary>
public class ParserTests
{
    [Fact]
    public void Front_matter_keys_are_read_as_YAML_gives_them()
    {
        var note = Parse("---\ntitle: \"Quoted: title\"\nvideoId: abc\ntags: [a, b]\nnested:\n  key: value\nempty:\n---\nBody.\n");

        Assert.Equal("Quoted: title", note.Title);
        Assert.Equal("abc", note.FrontMatter.ScalarOf("videoId"));
        Assert.Equal(["title", "videoId", "tags", "nested", "empty"], note.FrontMatter.Entries.Select(e => e.Key));
        var tags = note.FrontMatter.Entries[2].Value;
        Assert.Equal(YamlValueKind.List, tags.Kind);
        Assert.Equal(["a", "b"], tags.Entries.Select(e => e.Value.Scalar));
        Assert.Equal(YamlValueKind.Map, note.FrontMatter.Entries[3].Value.Kind);
        Assert.Equal(YamlValueKind.Null, note.FrontMatter.Entries[4].Value.Kind);
        Assert.Empty(note.Diagnostics);
    }

    [Fact]
    public void The_parsed_note_holds_the_text_the_compiler_read_not_a_copy()
    {
        // The compiler keeps each AdditionalFile's text for the whole build; a copy in every cached note would be a
        // second one (about 70 MB at 10,000 notes).
        var file = new TextFile("/project/notes/a.md", "---\ntitle: T\n---\nBody [[b]].\n");

        var note = NoteGen.Generator.NoteReader.Read(file, TestSettings.Default, CancellationToken.None);

        Assert.Same(file.GetText().ToString(), note.Text);
        Assert.Equal(("Body [[b]].\n", 17), (note.Markdown, note.BodyStart)); // after "---\ntitle: T\n---\n"
    }

    private sealed class TextFile(string path, string text) : Microsoft.CodeAnalysis.AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);

        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    [Fact]
    public void Title_falls_back_to_the_first_heading_then_the_file_name()
    {
        Assert.Equal("First heading", Parse("Intro.\n\n## First heading\n\n## Second\n").Title);
        Assert.Equal("note", Parse("Just text.\n").Title);
        Assert.Equal("From heading", Parse("---\nvideoId: x\n---\n# From heading\n").Title);
    }

    [Fact]
    public void Sections_nest_by_heading_level()
    {
        var note = Parse("# A\n## B\n### C\n## D\n# E\n### F\n");

        Assert.Equal(
            [("A", 1, 1, -1), ("B", 2, 2, 0), ("C", 3, 3, 1), ("D", 2, 4, 0), ("E", 1, 5, -1), ("F", 3, 6, 4)],
            note.Sections.Select(s => (s.Heading, s.Level, s.Line, s.Parent)));
    }

    [Fact]
    public void A_list_item_is_one_claim_and_each_sentence_of_a_paragraph_is_one()
    {
        var note = Parse("""
            First sentence. Second sentence! Third? Yes.

            * One item. With two sentences.
            * Another item
            """);

        Assert.Equal(["First sentence.", "Second sentence!", "Third?", "Yes.", "One item. With two sentences.", "Another item"],
            note.Claims.Select(c => c.Text));
        Assert.Equal([1, 1, 1, 1, 3, 4], note.Claims.Select(c => c.Line));
    }

    [Fact]
    public void Abbreviations_initials_and_lower_case_continuations_do_not_end_a_sentence()
    {
        var note = Parse("Tools e.g. Markdig matter. J. R. R. Tolkien wrote it. It cost 3.5 dollars vs. nothing. the end.\n");

        Assert.Equal(["Tools e.g. Markdig matter.", "J. R. R. Tolkien wrote it.", "It cost 3.5 dollars vs. nothing. the end."],
            note.Claims.Select(c => c.Text));
    }

    [Fact]
    public void Timestamps_after_the_period_cite_the_sentence_before_them()
    {
        var note = Parse($"Claim one. {Anchor("00:00:05")}, {Anchor("00:00:06")} Claim two {Anchor("00:00:07")}, {Anchor("00:00:08")}. Three {Anchor("00:00:09")},\n");

        Assert.Equal(["Claim one.", "Claim two.", "Three"], note.Claims.Select(c => c.Text));
        Assert.Equal((0, 2), (note.Claims[0].FirstTimestamp, note.Claims[0].TimestampCount));
        Assert.Equal((2, 2), (note.Claims[1].FirstTimestamp, note.Claims[1].TimestampCount));
    }

    [Fact]
    public void Timestamps_accept_hours_and_minutes_forms()
    {
        var note = Parse($"A {Anchor("01:02:03")}. B {Anchor("12:34")}. C {Anchor("123:00:01")}.\n");

        Assert.Equal([("01:02:03", 3723), ("12:34", 754), ("123:00:01", 442801)], note.Timestamps.Select(t => (t.Label, t.Seconds)));
        Assert.Equal([(1, 3), (1, 63)], note.Timestamps.Take(2).Select(t => (t.Line, t.Column)));
    }

    [Fact]
    public void Timestamp_anchors_may_use_single_quotes_extra_attributes_and_span_lines()
    {
        var note = Parse("A <a href='x' class='yt-timestamp other' data-t='00:10'>[00:10]</a>. B <a class=\"yt-timestamp\"\ndata-t=\"00:11\">[00:11]\n</a>.\n");

        Assert.Equal(["00:10", "00:11"], note.Timestamps.Select(t => t.Label));
        Assert.Equal(["A.", "B."], note.Claims.Select(c => c.Text));
    }

    [Fact]
    public void A_malformed_timestamp_is_reported_at_its_anchor_and_left_out()
    {
        var note = Parse($"Text.\nBad {Anchor("01:12:07:00")} and {Anchor("99:99")}.\n");

        Assert.Empty(note.Timestamps);
        Assert.Equal([("NG0005", 1, 4, "01:12:07:00"), ("NG0005", 1, 71, "99:99")],
            note.Diagnostics.Select(d => (d.Id, d.Location!.Line, d.Location.Column, d.Arguments[0])));
        Assert.Equal("Bad and.", note.Claims[1].Text);
    }

    [Fact]
    public void Links_with_and_without_alias()
    {
        var note = Parse("See [[plain]], [[target|Alias]] and [[spaced target | Spaced alias]] here.\n");

        Assert.Equal([("plain", null), ("target", "Alias"), ("spaced target", "Spaced alias")], note.Links.Select(l => (l.Target, l.Alias)));
        Assert.Equal([5, 16, 37], note.Links.Select(l => l.Location.Column + 1));
        Assert.Equal("See plain, Alias and Spaced alias here.", note.Claims.Single().Text);
        Assert.Equal((0, 3), (note.Claims[0].FirstLink, note.Claims[0].LinkCount));
    }

    [Fact]
    public void Links_in_code_and_escaped_brackets_are_not_links()
    {
        var note = Parse("""
            Inline `[[not_a_link]]` and \[[escaped]] and [[real]].

            ```
            [[in_fence]]
            ```

                [[indented_code]]
            """);

        Assert.Equal(["real"], note.Links.Select(l => l.Target));
        Assert.Equal("Inline [[not_a_link]] and [[escaped]] and real.", note.Claims.Single().Text);
    }

    [Fact]
    public void Claim_text_drops_markup_and_inline_html_and_keeps_the_markdown_source()
    {
        var note = Parse("1.  **Tokenization**: splits *text* into `tokens` <br/> &amp; more [[x|y]] .\n");

        var claim = note.Claims.Single();
        Assert.Equal("Tokenization: splits text into tokens & more y.", claim.Text);
        Assert.Equal("**Tokenization**: splits *text* into `tokens` <br/> &amp; more [[x|y]] .", note.MarkdownOf(claim));
    }

    [Fact]
    public void Nested_list_items_are_claims_of_their_own_in_the_innermost_section()
    {
        var note = Parse("## S\n\n- Parent item\n  - Child item\n- Sibling\n");

        Assert.Equal([("Parent item", 0), ("Child item", 0), ("Sibling", 0)], note.Claims.Select(c => (c.Text, c.Section)));
    }

    [Fact]
    public void Claims_before_the_first_heading_belong_to_the_note()
    {
        var note = Parse("Intro.\n## A\nIn A.\n");

        Assert.Equal([-1, 0], note.Claims.Select(c => c.Section));
    }

    [Fact]
    public void Line_endings_CRLF_and_lone_CR_count_lines_alike()
    {
        var crlf = Parse("---\r\ntitle: T\r\n---\r\nOne.\r\n\r\n[[x]]\r\n");
        var cr = Parse("---\rtitle: T\r---\rOne.\r\r[[x]]\r");

        Assert.Equal("T", crlf.Title);
        Assert.Equal("T", cr.Title);
        Assert.Equal((5, 0), (crlf.Links[0].Location.Line, crlf.Links[0].Location.Column));
        Assert.Equal((5, 0), (cr.Links[0].Location.Line, cr.Links[0].Location.Column));
    }

    [Fact]
    public void Invalid_YAML_is_reported_at_the_offending_line_and_the_body_is_still_read()
    {
        var note = Parse("---\ntitle: ok\nbad: [unclosed\n---\nBody text.\n");

        var diagnostic = Assert.Single(note.Diagnostics);
        Assert.Equal("NG0002", diagnostic.Id);
        Assert.InRange(diagnostic.Location!.Line, 1, 3);
        Assert.Equal("note", note.Title);
        Assert.Equal(["Body text."], note.Claims.Select(c => c.Text));
    }

    [Fact]
    public void Front_matter_that_is_not_a_map_or_not_closed_is_reported()
    {
        Assert.Equal("NG0003", Assert.Single(Parse("---\n- a\n- b\n---\nBody.\n").Diagnostics).Id);
        Assert.Equal("NG0003", Assert.Single(Parse("---\njust a scalar\n---\nBody.\n").Diagnostics).Id);
        var unterminated = Assert.Single(Parse("---\ntitle: x\nBody.\n").Diagnostics);
        Assert.Equal(("NG0004", 0, 0), (unterminated.Id, unterminated.Location!.Line, unterminated.Location.Column));
    }
}
