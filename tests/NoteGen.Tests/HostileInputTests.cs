using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>Whatever a note holds, the generator does not throw, the generated code compiles (the harness asserts
/// both on every run) and problems are diagnostics at the right place.</summary>
public class HostileInputTests
{
    public static readonly TheoryData<string> Fragments = new()
    {
        "\"", "\\", "\"\"\"", "{0}", "*/", "/*", "//", "</summary>", "<", "&", "#line 1 \"x\"", "#error", "class", "null",
        "2nd", "   ", "🚀 emoji 👩‍👩‍👧", "e\u0301 combining", "שלום مرحبا", "a\u2028b\u2029c\u0085d", "nul\0here", "\t", "@if",
        "\ud800 lone high", "lone low \udc00", "\ufeff bom", "'single'", "${x}", "\\u0022", "```", "<!--", "]]", "[[",
    };

    private static string WithoutLoneSurrogates(string value) =>
        new(value.Where((c, i) => !char.IsSurrogate(c)
            || (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]))).ToArray());

    private static string Escape(string value) => string.Concat(value.Select(c => $"\\u{(int)c:X4}"));

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Hostile_text_everywhere_compiles_and_round_trips(string fragment)
    {
        // Lone surrogates cannot be written as YAML escapes (YamlDotNet rejects them), so the title carries the rest.
        string title = WithoutLoneSurrogates(fragment) + " title";
        string note = $"""
            ---
            title: {YamlText.Quote(title)}
            {YamlText.Quote(fragment + "key")}: {YamlText.Quote(fragment)}
            plain: {YamlText.Quote(fragment)}
            ---
            # {fragment}
            ## {fragment}
            ### {fragment} again
            - {fragment} claim [[other|{fragment}]] <a class="yt-timestamp" data-t="00:01">[00:01]</a>
            {fragment} sentence. Another {fragment}.
            """;

        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes((fragment.Length > 0 ? "notes/x.md" : "notes/y.md", note), ("notes/other.md", "# Other\n")),
            $$"""
            public static class Probe
            {
                public static string Run() =>
                    App.Notes.X.Title == "{{Escape(title)}}" && (string?)App.Notes.X.FrontMatter["plain"] == "{{Escape(fragment)}}" ? "ok"
                    : App.Notes.X.Title + "|" + App.Notes.X.FrontMatter["plain"];
            }
            """);

        Assert.Equal("ok", run.Invoke("Probe"));
    }

    [Fact]
    public void Keys_that_are_not_identifiers_become_properties()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(("notes/x.md", "---\nvideo-id: a\n2nd: b\ntype: c\nclass: d\nVideo_Id: e\n---\nText.\n")),
            "public static class Probe { public static string Run() => App.Notes.X.VideoId + App.Notes.X._2nd + App.Notes.X.Type + App.Notes.X.Class + App.Notes.X.VideoId2; }");

        Assert.Equal("abcde", run.Invoke("Probe"));
    }

    [Theory]
    [InlineData("duplicate keys", "---\na: 1\na: 2\n---\nText.\n", "NG0002", 3)]
    [InlineData("only dashes", "---", "NG0004", 1)]
    [InlineData("only dashes and newline", "---\n", "NG0004", 1)]
    [InlineData("unknown alias", "---\na: *nope\n---\nText.\n", "NG0002", 2)]
    public void Broken_front_matter_is_reported_at_its_line(string name, string text, string id, int line)
    {
        var run = GeneratorHarness.Run(("notes/x.md", text));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.True((id, line) == (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1), $"{name}: {diagnostic}");
    }

    [Fact]
    public void Anchors_aliases_and_deep_nesting_in_front_matter_are_read_within_bounds()
    {
        string laughs = "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n---\nText.\n";
        string deep = "---\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "k" + i + ":\n")) + new string(' ', 200) + "leaf\n---\nText.\n";

        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/laughs.md", laughs), ("notes/deep.md", deep)),
            "public static class Probe { public static string Run() => App.Notes.Laughs.FrontMatter.Count + \" \" + App.Notes.Deep.Claims[0].Text; }");

        Assert.Equal(["NG0002", "NG0002"], run.GeneratorDiagnostics.Select(d => d.Id));
        Assert.Contains("more than 10000 values", run.GeneratorDiagnostics[1].GetMessage());
        Assert.Equal("6 Text.", run.Invoke("Probe")); // every key is kept; values past the budget are null
    }

    [Theory]
    [InlineData("99:99")]
    [InlineData("1:02:03:04")]
    [InlineData("-00:01")]
    [InlineData("")]
    [InlineData("00:60")]
    [InlineData("abc")]
    public void Malformed_timestamps_are_NG0005_at_the_anchor(string value)
    {
        var run = GeneratorHarness.Run(("notes/x.md", $"Claim\n<a class=\"yt-timestamp\" data-t=\"{value}\">[{value}]</a>.\n"));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("NG0005", 2, 1), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Contains($"'{value}'", diagnostic.GetMessage());
    }

    [Fact]
    public void Odd_links_are_links_or_text_as_Obsidian_reads_them()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(("notes/x.md", """
                # Heading with [[a]]
                Multi [[a|b|c]] and unclosed [[a and `[[code]]`.

                | Col | Link |
                |-----|------|
                | one | [[a\|shown]] |
                """), ("notes/a.md", "A.\n")),
            """
            using System.Linq;
            public static class Probe
            {
                public static string Run() => string.Join(";", App.Notes.X.Links.Select(l => l.Target + "=" + l.Alias + "@" + l.Line + ":" + l.Column + (l.IsBroken ? "!" : "")))
                    + "|" + string.Join(";", App.Notes.X.Claims.Select(c => c.Text));
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("a=@1:16;a=b|c@2:7;a=shown@6:9|Multi b|c and unclosed [[a and [[code]].", run.Invoke("Probe"));
    }

    public static readonly TheoryData<string, byte[]> Encodings = new()
    {
        { "utf8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("# Tïtle\nText [[missing]].\n")] },
        { "utf16-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("# Tïtle\nText [[missing]].\n")] },
        { "invalid-utf8", [.. Encoding.UTF8.GetBytes("# T"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("itle\nText [[missing]].\n")] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Encodings_are_decoded_as_the_compiler_decodes_them(string name, byte[] bytes)
    {
        var run = GeneratorHarness.Run([new BytesAdditionalText(GeneratorHarness.ProjectDir + "notes/" + name + ".md", bytes)]);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("NG0001", 2, 6), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Diagnostic_messages_print_no_raw_control_characters()
    {
        var run = GeneratorHarness.Run(("notes/x.md", "Link [[bad\u0001target\u2028x\u200Bz]] here.\n"));

        Assert.Equal("Link target 'bad\\u0001target\\u2028x\\u200Bz' does not match any note", Assert.Single(run.GeneratorDiagnostics).GetMessage());
    }

    [Fact]
    public void An_empty_file_is_a_note_named_by_its_file()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/empty.md", "")),
            "public static class Probe { public static string Run() => App.Notes.Empty.Title + App.Notes.Empty.Claims.Count; }");

        Assert.Equal("empty0", run.Invoke("Probe"));
    }

    [Fact]
    public void Big_shapes_compile_ten_thousand_headings_lists_nested_fifty_deep_and_a_line_of_one_megabyte()
    {
        string headings = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"{new string('#', 1 + i % 6)} Heading {i % 50}\nClaim {i}.\n"));
        string nested = string.Concat(Enumerable.Range(0, 50).Select(i => new string(' ', i * 2) + "- level " + i + "\n"));
        string longLine = "Start " + string.Concat(Enumerable.Repeat("word [[headings]] ", 1_000_000 / 18)) + "end.\n";

        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(("notes/headings.md", headings), ("notes/nested.md", nested), ("notes/long.md", longLine)),
            "public static class Probe { public static string Run() => App.Notes.Headings.AllSections.Count + \" \" + App.Notes.Nested.Claims.Count + \" \" + App.Notes.Long.Links.Count + \" \" + App.Notes.Long.Claims[0].Text.Length; }");

        Assert.Equal($"10000 50 {1_000_000 / 18} {longLine.Replace("[[", "").Replace("]]", "").Trim().Length}", run.Invoke("Probe"));
    }
}

/// <summary>An AdditionalFile given as bytes, decoded as the compiler decodes files (BOM detection, UTF-8 default,
/// invalid bytes replaced).</summary>
internal sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        SourceText.From(new MemoryStream(bytes), encoding: null, throwIfBinaryDetected: false);
}

/// <summary>The 50 MB note, alone (about a minute: generating, parsing and compiling a 100 MB payload literal), so it
/// does not compete with the other tests for the two cores.</summary>
[Trait("Category", "Slow")]
[Collection(nameof(HugeNoteTests))]
[CollectionDefinition(nameof(HugeNoteTests), DisableParallelization = true)]
public class HugeNoteTests
{
    [Fact]
    public void A_50_MB_note_generates_compiling_code_and_all_its_claims_are_readable()
    {
        string body = TestNotes.Seed.Substring(TestNotes.Seed.IndexOf("From:", StringComparison.Ordinal));
        int copies = 50_000_000 / body.Length + 1;
        var builder = new System.Text.StringBuilder(TestNotes.Seed);
        for (int i = 1; i < copies; i++)
            builder.Append("\n\n## Copy ").Append(i).Append("\n\n").Append(body);

        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/huge.md", builder.ToString())),
            "public static class Probe { public static string Run() => App.Notes.Huge.Claims.Count + \" \" + App.Notes.Huge.Claims[App.Notes.Huge.Claims.Count - 1].Text; }");

        Assert.True(builder.Length >= 50_000_000);
        Assert.Equal($"{16 * copies} However, Amazon cannot afford to fall significantly behind in ML.", run.Invoke("Probe"));
    }
}
