using System.Collections;
using System.Text;
using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;

namespace NoteGen.StageTests.Emitting;

/// <summary>What <see cref="PayloadWriter"/> writes, read back with the runtime library's reader.</summary>
public class PayloadWriterTests
{
    private const string RichNote = """
        ---
        title: "Say \"hi\" \\ there"
        videoId: " a b&c/d "
        tags: [alpha, "be ta"]
        source: "[[Other note]]"
        nested:
          key: value
          list: [1, two]
        empty:
        ---
        Intro with [[Other note|the other]] and [[missing]].

        ## First <a class="yt-timestamp" data-t="00:10">[00:10]</a>

        - A claim citing [[Other note#Part two]] at <a class="yt-timestamp" data-t="01:40">[01:40]</a>.
        - Second claim, no link <a class="yt-timestamp" data-t="1:02:05">[1:02:05]</a> and <a class="yt-timestamp" data-t="00:00">[00:00]</a>.

        ### Deep "quoted" heading

        Text with a [markdown link](Other%20note.md) and ![[Other note]].

        ## Second

        A plain sentence long enough to be copied from the Markdown.
        """;

    private const string OtherNote = "# Other\n\n## Part two\n\nBody.\n";

    private static DecodedNote Decode(ResolvedNote note) => DecodedNote.Read(EmittingVault.PayloadOf(note));

    [Fact]
    public void A_note_payload_read_back_with_the_runtime_reader_gives_the_note_field_for_field()
    {
        var resolved = EmittingVault.Note(RichNote, ("notes/Other note.md", OtherNote));
        var note = resolved.Note;
        var html = HtmlWriter.Write(resolved, note.Html!);

        var payload = Decode(resolved);

        Assert.Equal(PayloadFormat.Current, payload.Format);
        Assert.Equal("Say \"hi\" \\ there", payload.Title);
        Assert.Equal(note.Markdown, payload.Markdown);
        Assert.Equal(html.Html, payload.Html);
        Assert.Equal(html.Fills.Select(f => (f.Fill, f.Start, f.Fill == HtmlFill.Embed ? f.End : f.Start, f.Index, f.Fill == HtmlFill.Copy ? f.Length : 0)), payload.Fills);
        Assert.Contains(payload.Fills, f => f.Fill == HtmlFill.Embed && f.End > f.At);
        Assert.Contains(payload.Fills, f => f.Fill == HtmlFill.Copy && f.Length > 0);
        Assert.Contains(payload.Fills, f => f.Fill == HtmlFill.TimestampOpen);
        Assert.Contains(payload.Fills, f => f.Fill == HtmlFill.TimestampClose);

        Assert.Equal(3, note.Sections.Count);
        Assert.True(resolved.Members.HasOutline);
        Assert.Equal(note.Sections.Select((s, i) => (s.Heading, s.Level, s.Line, s.Parent, (string?)resolved.Members.SectionFields[i], s.Anchor, html.Sections[i].Start, html.Sections[i].End)),
            payload.Sections);
        Assert.Equal([-1, 0, -1], payload.Sections.Select(s => s.Parent));
        Assert.All(payload.Sections, s => Assert.True(s.HtmlEnd > s.HtmlStart));

        Assert.Equal([("00:10", 10), ("01:40", 100), ("1:02:05", 3725), ("00:00", 0)], payload.Timestamps.Select(t => (t.Label, t.Seconds)));
        Assert.Equal(note.Timestamps.Select(t => (t.Label, t.Seconds, t.Line, t.Column)), payload.Timestamps);

        // Lines and columns are 1-based in the payload, 0-based in the model.
        Assert.Equal(note.Links.Select((l, i) => (l.Target, l.Subpath, l.Alias, l.Kind, l.Location.Line + 1, l.Location.Column + 1,
            resolved.Links[i].Path, resolved.Links[i].Section, resolved.Links[i].State, l.Property)), payload.Links);
        Assert.Equal(("Other note", null, "the other", LinkKind.WikiLink, 11, 12, "notes/Other note.md", -1, LinkState.Resolved),
            payload.Links[0] is var first ? (first.Target, first.Subpath, first.Alias, first.Kind, first.Line, first.Column, first.Path, first.Section, first.State) : default);
        Assert.Contains(payload.Links, l => l.Target == "missing" && l.State == LinkState.Broken && l.Path == null);
        Assert.Contains(payload.Links, l => l.Subpath == "Part two" && l.Section == 1);
        Assert.Contains(payload.Links, l => l.Property == "source");
        Assert.Contains(payload.Links, l => l.Kind == LinkKind.WikiEmbed);
        Assert.Contains(payload.Links, l => l.Kind == LinkKind.MarkdownLink);

        Assert.Equal(note.Claims.Select(c => (c.Section, c.Line, c.Text, c.MarkdownStart, c.MarkdownLength, c.FirstLink, c.LinkCount, c.FirstTimestamp, c.TimestampCount)),
            payload.Claims);
        Assert.Contains(payload.Claims, c => c.LinkCount > 0 && c.TimestampCount > 0);
        Assert.Equal(["alpha", "be ta"], payload.Tags);
    }

    [Fact]
    public void Front_matter_keeps_its_shape_scalars_lists_maps_and_nulls_in_key_order()
    {
        var payload = Decode(EmittingVault.Note(RichNote, ("notes/Other note.md", OtherNote)));

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(payload.FrontMatter);
        Assert.Equal(["title", "videoId", "tags", "source", "nested", "empty"], map.Keys);
        Assert.Equal("Say \"hi\" \\ there", map["title"]);
        Assert.Equal(" a b&c/d ", map["videoId"]);
        Assert.Equal(["alpha", "be ta"], Assert.IsAssignableFrom<IEnumerable>(map["tags"]).Cast<object?>());
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"]);
        Assert.Equal("value", nested["key"]);
        Assert.Equal(["1", "two"], Assert.IsAssignableFrom<IEnumerable>(nested["list"]).Cast<object?>());
        Assert.Null(map["empty"]);
    }

    [Fact]
    public void A_scalar_without_text_and_an_entry_without_a_key_are_written_as_empty_strings()
    {
        var note = EmittingVault.Note("Body.\n");
        var scalar = new YamlValue(YamlValueKind.Scalar, null, EquatableArray<YamlEntry>.Empty);
        var frontMatter = new YamlValue(YamlValueKind.Map, null, new[] { new YamlEntry(null, scalar) }.ToEquatableArray());

        var payload = Decode(note with { Note = note.Note with { FrontMatter = frontMatter } });

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(payload.FrontMatter);
        Assert.Equal("", Assert.Single(map.Keys));
        Assert.Equal("", map[""]);
    }

    [Fact]
    public void A_note_without_front_matter_has_an_empty_map()
    {
        var payload = Decode(EmittingVault.Note("Just text.\n"));

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(payload.FrontMatter));
        Assert.Equal("note", payload.Title);
        Assert.Empty(payload.Sections);
        Assert.Empty(payload.Links);
        Assert.Empty(payload.Tags);
        Assert.Null(payload.VideoUrlTemplate);
    }

    [Theory]
    [InlineData("videoId: \" a b&c/d \"", "https://www.youtube.com/watch?v=a%20b%26c%2Fd&t={seconds}s")]
    [InlineData("videoId: dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t={seconds}s")]
    [InlineData("videoId: \"   \"", null)]
    [InlineData("other: x", null)]
    public void The_video_template_gets_the_trimmed_URL_escaped_video_id_and_keeps_seconds_for_run_time(string frontMatter, string? expected)
    {
        var payload = Decode(EmittingVault.Note("---\n" + frontMatter + "\n---\nBody.\n"));

        Assert.Equal(expected, payload.VideoUrlTemplate);
    }

    [Fact]
    public void The_video_template_is_the_projects_own()
    {
        var settings = EmittingVault.Settings with { VideoUrlTemplate = "https://v.example/{videoId}/{videoId}?at={seconds}" };
        var resolved = EmittingVault.Resolve(settings, [], ("notes/note.md", "---\nvideoId: x y\n---\nBody.\n")).Notes[0];

        Assert.Equal("https://v.example/x%20y/x%20y?at={seconds}", Decode(resolved).VideoUrlTemplate);
    }

    [Fact]
    public void Without_HTML_or_typed_sections_the_payload_has_no_HTML_no_fills_no_section_fields_and_zero_ranges()
    {
        var settings = EmittingVault.Settings with { Html = false, TypedSections = false };
        var resolved = EmittingVault.Resolve(settings, [], ("notes/note.md", "## A\n\nText [[note]].\n\n### B\n\nMore.\n")).Notes[0];

        var payload = Decode(resolved);

        Assert.Null(payload.Html);
        Assert.Empty(payload.Fills);
        Assert.Equal([("A", null, 0, 0), ("B", null, 0, 0)], payload.Sections.Select(s => (s.Heading, s.Field, s.HtmlStart, s.HtmlEnd)));
        Assert.Equal("notes/note.md", Assert.Single(payload.Links).Path);
    }

    [Fact]
    public void Strings_are_counted_in_UTF16_chars_before_escaping_so_escaped_text_reads_back_whole()
    {
        string title = "😀 \"q\" \\ \u2028 tab\t end";
        var payload = Decode(EmittingVault.Note("---\ntitle: \"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\L").Replace("\t", "\\t") + "\"\n---\nBody.\n"));

        Assert.Equal(title, payload.Title);
        string literal = PayloadWriter.AppendLiteral(new StringBuilder(), EmittingVault.Note("---\ntitle: \"a\\\"b\"\n---\n")).ToString();
        Assert.StartsWith("\"11|3:a\\\"b", literal);
    }

    [Fact]
    public void Numbers_are_digits_and_a_comma_with_a_minus_only_when_negative_and_strings_their_length_and_a_colon()
    {
        var settings = EmittingVault.Settings with { Html = false };
        var note = EmittingVault.Resolve(settings, [], ("n.md", "Hi.\n")).Notes[0];
        var claim = Assert.Single(note.Note.Claims);

        string literal = EmittingVault.LiteralOf(note);

        // the title in the clear; then, deflated: empty front matter, no video, markdown, no html, no fills, sections,
        // timestamps or links, one claim, no tags
        Assert.Equal("\"11|1:n" + PayloadFormat.Deflate("m0,~4:Hi.\n~0,0,0,0,1,-1," + claim.Line + ",3:Hi.0,3,0,0,0,0,0,") + "\"", literal);
    }

    [Fact]
    public void With_deflating_off_the_payload_is_format_10_written_out_and_reads_back_the_same()
    {
        var settings = EmittingVault.Settings with { Html = false };
        var deflated = EmittingVault.Resolve(settings, [], ("n.md", "Hi.\n")).Notes[0];
        var plain = EmittingVault.Resolve(settings with { DeflatePayloads = false }, [], ("n.md", "Hi.\n")).Notes[0];
        var claim = Assert.Single(plain.Note.Claims);

        Assert.Equal("\"10|1:nm0,~4:Hi.\\n~0,0,0,0,1,-1," + claim.Line + ",3:Hi.0,3,0,0,0,0,0,\"", EmittingVault.LiteralOf(plain));
        var read = DecodedNote.Read(EmittingVault.PayloadOf(plain));
        Assert.Equal(10, read.Format);
        var fields = new System.Text.Json.JsonSerializerOptions { IncludeFields = true };
        string json = System.Text.Json.JsonSerializer.Serialize(read, fields);
        Assert.Contains("\"Markdown\":\"Hi.\\n\"", json);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(DecodedNote.Read(EmittingVault.PayloadOf(deflated)) with { Format = 10 }, fields), json);
    }

    [Fact]
    public void The_payload_is_appended_to_what_the_builder_holds_and_is_one_literal()
    {
        var builder = new StringBuilder("x = ");
        var returned = PayloadWriter.AppendLiteral(builder, EmittingVault.Note("Body.\n"));

        Assert.Same(builder, returned);
        string text = builder.ToString();
        Assert.StartsWith("x = \"" + PayloadFormat.Header, text);
        EmittingVault.ValueOf(text.Substring(4));
    }

    [Fact]
    public void A_huge_note_leaves_no_body_builder_behind_and_a_usual_one_keeps_it()
    {
        // A compiler server runs for hours: the per-thread builder is reused, but not kept at a huge note's size.
        var kept = typeof(PayloadWriter).GetField("t_body", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var huge = EmittingVault.Note(new string('x', PayloadFormat.KeptScratch + 1) + "\n");

        Assert.Equal(huge.Note.Markdown, Decode(huge).Markdown);
        Assert.Null(kept.GetValue(null));
        EmittingVault.LiteralOf(EmittingVault.Note("Usual.\n"));
        Assert.NotNull(kept.GetValue(null));
    }
}
