using System.Collections.Immutable;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>
/// Random vaults from a grammar of the seed's Markdown mixed with hostile fragments. For every vault: the generator
/// does not throw, its output compiles with zero errors, every note is in <c>Notes.All</c>, and each note's claim,
/// link and timestamp counts equal the counts the grammar knows it wrote. Vaults are checked in batches (one
/// compilation per batch, each vault in its own namespace) to keep the run short. Cases: NOTEGEN_PROPERTY_CASES
/// (default 2,000); CsCheck prints the seed of a failing batch, and CsCheck_Seed replays it.
/// </summary>
[Trait("Category", "Slow")]
public class VaultPropertyTests
{
    private const int BatchSize = 50;

    private static readonly string[] Words = ["alpha", "beta", "gamma", "data", "gravity", "cloud", "vault", "café", "naïve", "数据", "Ωmega", "class", "null", "2nd"];
    private static readonly string[] Capitalized = ["Amazon", "Data", "Google", "The", "Running", "Émile", "Über", "Class", "Null"];
    private static readonly string[] Hostile =
    [
        "\"", "\\", "\"\"\"", "{0}", "*/", "/*", "//", "</summary>", "<", "&", "#line 1 \"x\"", "#error", "class", "null", "2nd", "",
        "   ", "🚀👩‍👩‍👧", "e\u0301", "שלום", "a\u2028b\u2029c\u0085d", "nul\0", "\t", "@if", "\ufeff", "'q'", "Claims", "Title",
        "Sections", "ToString", "Notes", "System", "All", "Find", "Outline", "Instance",
    ];
    private static readonly string[] Names = ["data-gravity", "data_gravity", "class", "2nd take", "Notes", "System", "é", "a b", "Outline", "x"];

    /// <summary>A piece of Markdown and what it must count as.</summary>
    private sealed record Block(string Markdown, int Claims, int Links, int Timestamps);

    private sealed record NoteCase(string Path, string Text, int Claims, int Links, int Timestamps);

    private static readonly Gen<string> Word = Gen.OneOf(Words);
    private static readonly Gen<string> HostileText = Gen.OneOf(Hostile);

    private static readonly Gen<(string Markdown, int Links)> Link = Gen.Frequency(
        (3, Gen.Const(("", 0))),
        (2, Gen.OneOf(Names).Select(n => ($" [[{n}]]", 1))),
        (1, Gen.Select(Gen.OneOf(Names), Word, (n, w) => ($" [[{n} | {w} shown]]", 1))),
        (1, Gen.Const((" [[missing note]]", 1))));

    private static readonly Gen<(string Markdown, int Valid)> Timestamp = Gen.Frequency(
        (3, Gen.Const(("", 0))),
        (3, Gen.Select(Gen.Int[0, 3], Gen.Int[0, 59], Gen.Int[0, 59], (h, m, s) => ($" <a class=\"yt-timestamp\" data-t=\"{h:00}:{m:00}:{s:00}\">[{h:00}:{m:00}:{s:00}]</a>", 1))),
        (1, Gen.Select(Gen.Int[0, 59], Gen.Int[0, 59], (m, s) => ($" <a class='yt-timestamp' data-t='{m}:{s:00}'>[x]</a>", 1))),
        (1, Gen.OneOf("99:99", "1:02:03:04", "-00:01", "").Select(v => ($" <a class=\"yt-timestamp\" data-t=\"{v}\">[{v}]</a>", 0))));

    private static readonly Gen<string> Code = HostileText.Select(f => new string(f.Where(c => c is not ('`' or '\r' or '\n')).ToArray()))
        .Select(f => f.Trim().Length == 0 ? "" : $" `{f}`");

    /// <summary>One claim's text: a capitalized word, more words, maybe a link, code and citations.</summary>
    private static readonly Gen<Block> ClaimText = Gen.Select(Gen.OneOf(Capitalized), Word.Array[0, 4], Link, Code, Timestamp, Timestamp,
        (first, words, link, code, t1, t2) => new Block(first + string.Concat(words.Select(w => " " + w)) + link.Markdown + code + " end" + t1.Markdown + t2.Markdown,
            1, link.Links, t1.Valid + t2.Valid));

    private static readonly Gen<Block> Paragraph = Gen.Select(ClaimText.Array[1, 4], Gen.OneOf(".", "!", "?"),
        (sentences, end) => new Block(string.Join(" ", sentences.Select(s => s.Markdown + end)),
            sentences.Length, sentences.Sum(s => s.Links), sentences.Sum(s => s.Timestamps)));

    private static readonly Gen<Block> List = Gen.Select(ClaimText.Array[1, 4], Gen.Bool, Gen.OneOf("- ", "*   ", "1.  "),
        (items, nested, marker) =>
        {
            var lines = items.Select(i => marker + i.Markdown + ". More text.").ToList();
            if (nested)
                lines.Insert(1, "    - Nested " + items[0].Markdown);
            return new Block(string.Join("\n", lines), items.Length + (nested ? 1 : 0),
                items.Sum(i => i.Links) + (nested ? items[0].Links : 0), items.Sum(i => i.Timestamps) + (nested ? items[0].Timestamps : 0));
        });

    private static readonly Gen<Block> Heading = Gen.Select(Gen.Int[1, 6], Word, HostileText,
        (level, word, hostile) => new Block(new string('#', level) + " " + word + " " + Clean(hostile, "[]`\r\n#") + " " + word, 0, 0, 0));

    private static readonly Gen<Block> Fence = HostileText.Select(f => new Block("```\n" + Clean(f, "`") + "\n[[not_a_link]]\n```", 0, 0, 0));

    private static readonly Gen<Block> Table = Gen.OneOf(Names).Select(n => new Block($"| Col | Link |\n|-----|------|\n| one | [[{n}\\|alias]] |", 0, 1, 0));

    private static readonly Gen<Block> AnyBlock = Gen.Frequency((4, Paragraph), (3, List), (3, Heading), (1, Fence), (1, Table));

    private static readonly Gen<Block> FrontMatter = Gen.Frequency(
        (2, Gen.Const(new Block("", 0, 0, 0))),
        (4, Gen.Select(HostileText, HostileText, (a, b) => new Block($"---\ntitle: {YamlText.Quote(a + " title")}\nvideoId: ifA0ZRiOmx0\n{YamlText.Quote(b + "k")}: {YamlText.Quote(b)}\n---\n\n", 0, 0, 0))),
        (1, Gen.Const(new Block("---\ntitle: [unclosed\n---\n\n", 0, 0, 0))),
        (1, Gen.Const(new Block("---\n- a\n- b\n---\n\n", 0, 0, 0))),
        (1, Gen.Const(new Block("---\nfoo: bar\n\n", 1, 0, 0))));

    private static readonly Gen<NoteCase> Note = Gen.Select(Gen.OneOf(Names), Gen.Bool, FrontMatter, AnyBlock.Array[0, 8], Gen.OneOf("\n", "\r\n", "\r"),
        (name, inFolder, frontMatter, blocks, newline) => new NoteCase(
            "notes/" + (inFolder ? "sub/" : "") + name + ".md",
            (frontMatter.Markdown + string.Join("\n\n", blocks.Select(b => b.Markdown)) + "\n").Replace("\n", newline),
            frontMatter.Claims + blocks.Sum(b => b.Claims), blocks.Sum(b => b.Links), blocks.Sum(b => b.Timestamps)));

    /// <summary>A vault: notes with distinct paths.</summary>
    private static readonly Gen<NoteCase[]> Vault = Note.Array[1, 6].Select(notes => notes.DistinctBy(n => n.Path).ToArray());

    private static string Clean(string text, string remove) => new(text.Where(c => remove.IndexOf(c) < 0).ToArray());

    [Fact]
    public void Random_hostile_vaults_generate_compiling_code_with_the_expected_counts()
    {
        int cases = int.TryParse(Environment.GetEnvironmentVariable("NOTEGEN_PROPERTY_CASES"), out int n) ? n : 2_000;
        Vault.Array[BatchSize].Sample(CheckBatch, iter: Math.Max(1, cases / BatchSize), threads: 1);
    }

    private static void CheckBatch(NoteCase[][] vaults)
    {
        var languageVersion = vaults[0].Length % 2 == 0 ? LanguageVersion.CSharp7_3 : LanguageVersion.Latest;
        var trees = new List<SyntaxTree>();
        var probe = new StringBuilder("using System.Linq;\npublic static class Probe { public static string Run() { var lines = new System.Collections.Generic.List<string>();\n");
        var expected = new List<string>();
        for (int i = 0; i < vaults.Length; i++)
        {
            var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["RootNamespace"] = "Case" + i };
            var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Notes(vaults[i].Select(v => (v.Path, v.Text)).ToArray()), languageVersion, properties)
                .RunGenerators(GeneratorHarness.CreateCompilation(languageVersion: languageVersion));
            var result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            trees.AddRange(result.GeneratedSources.Select(s => s.SyntaxTree));
            probe.Append($"lines.AddRange(Case{i}.Notes.All.Select(n => \"{i} \" + n.Path + \" \" + n.Claims.Count + \" \" + n.Links.Count + \" \" + n.Timestamps.Count));\n");
            expected.AddRange(vaults[i].OrderBy(v => v.Path, StringComparer.Ordinal).Select(v => $"{i} {v.Path} {v.Claims} {v.Links} {v.Timestamps}"));
        }
        probe.Append("return string.Join(\"\\n\", lines); } }");

        var compilation = GeneratorHarness.CreateCompilation(probe.ToString(), languageVersion).AddSyntaxTrees(trees);
        var run = GeneratorRun.From(GeneratorHarness.CreateDriver([], languageVersion, new Dictionary<string, string> { ["RootNamespace"] = "Unused" }), compilation);

        Assert.Equal(expected, run.Invoke("Probe").Split('\n'));
    }
}
