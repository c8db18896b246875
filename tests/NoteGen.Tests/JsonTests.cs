using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NoteGen.Generator;
using NoteGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NoteGen.Tests;

/// <summary>
/// A note written with System.Text.Json (<see cref="NoteJsonConverter"/>) is one clean document: references to other
/// notes, sections and links are paths, each claim appears once, and the same document comes out whether the note is
/// typed as its generated class, a schema class or <see cref="Note"/>, serialized by reflection or through a
/// source-generated context (<see cref="NoteJsonContext"/>, made by the SDK's System.Text.Json generator).
/// </summary>
public class JsonTests(ITestOutputHelper output)
{
    private const string SampleProbe = """
        using System.Text.Json;
        public static class Probe
        {
            public static string Seed() => JsonSerializer.Serialize(App.Notes.AmazonsMachineLearningStrategy);
            public static string SeedAsNote() => JsonSerializer.Serialize<NoteGen.Note>(App.Notes.AmazonsMachineLearningStrategy);
            public static string All() => JsonSerializer.Serialize(App.Notes.All);
            public static string WithBrokenLink() => JsonSerializer.Serialize(App.Notes.NvidiasPlatformStrategy);
        }
        """;

    [Fact]
    public void The_seed_note_is_its_title_sections_claims_links_and_backlinks_in_at_most_four_times_the_bytes_of_its_Markdown()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SampleVault()), SampleProbe);

        string json = run.Invoke("Probe", "Seed");
        using var document = JsonDocument.Parse(json);
        var note = document.RootElement;

        Assert.Equal("amazons_machine_learning_strategy", note.GetProperty("name").GetString());
        Assert.Equal(TestNotes.SeedPath, note.GetProperty("path").GetString());
        Assert.Equal("Amazons machine learning strategy", note.GetProperty("title").GetString());
        Assert.Equal("""{"title":"Amazons machine learning strategy","videoId":"ifA0ZRiOmx0"}""", note.GetProperty("frontMatter").GetRawText());
        Assert.Equal("Amazon's ML Offerings (2, line 10) [], Strategic Approach to Machine Learning (2, line 19) [Data Gravity as a Key Advantage (3, line 21) [], "
            + "Comparison of Amazons ML capabilities with Googles (3, line 25) []]", Outline(note.GetProperty("sections")));

        // Each claim once: the three before the first heading at the top, the others under their innermost section.
        Assert.Equal(["From: acquiredfm", "Machine learning (ML) is considered a massive pillar of Amazon's business, alongside computing and databases.",
            "While databases are not as critical as compute, they are important for customer stickiness."],
            note.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(16, Claims(note).Count());
        var gravity = note.GetProperty("sections")[1].GetProperty("subsections")[0];
        Assert.Empty(note.GetProperty("sections")[1].GetProperty("claims").EnumerateArray());
        var claim = gravity.GetProperty("claims")[1];
        Assert.Equal("Running ML near the data is paramount.", claim.GetProperty("text").GetString());
        Assert.Equal("""Running ML near the data is paramount <a class="yt-timestamp" data-t="00:01:08">[00:01:08]</a>.""", claim.GetProperty("markdown").GetString());
        Assert.Equal(23, claim.GetProperty("line").GetInt32());
        Assert.Equal("""[{"label":"00:01:08","seconds":68,"url":"https://www.youtube.com/watch?v=ifA0ZRiOmx0\u0026t=68s"}]""", claim.GetProperty("timestamps").GetRawText());

        // A claim's links are indexes into the note's links, which hold the resolved paths.
        var links = note.GetProperty("links");
        Assert.Equal(8, links.GetArrayLength());
        Assert.All(links.EnumerateArray(), link => Assert.False(link.GetProperty("isBroken").GetBoolean()));
        Assert.Equal(["notes/amazons_transition_to_a_technology_company.md", "notes/awss_approach_to_cloud_computing_and_technology_strategy.md"],
            gravity.GetProperty("claims")[2].GetProperty("links").EnumerateArray().Select(i => links[i.GetInt32()].GetProperty("path").GetString()));
        Assert.Equal("""
            {"target":"amazons_business_strategies_and_innovations","alias":"Amazon\u0027s business","heading":null,"blockId":null,"isEmbed":false,"isMarkdownLink":false,"property":null,"line":8,"column":57,"path":"notes/amazons_business_strategies_and_innovations.md","isBroken":false}
            """, links[1].GetRawText());

        Assert.Equal(["notes/acquiredfm.md:11", "notes/amazons_business_strategies_and_innovations.md:30", "notes/amazons_cloudhosted_ml_services.md:12",
            "notes/awss_approach_to_cloud_computing_and_technology_strategy.md:23"],
            note.GetProperty("backlinks").EnumerateArray().Select(b => b.GetProperty("source").GetString() + ":" + b.GetProperty("line").GetInt32()));

        // One note in the document: no section, link or backlink brought its note (or another) along.
        Assert.Single(Descendants(note), e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("frontMatter", out _));

        int jsonBytes = Encoding.UTF8.GetByteCount(json);
        int markdownBytes = Encoding.UTF8.GetByteCount(TestNotes.Seed);
        output.WriteLine($"JSON {jsonBytes} bytes, Markdown {markdownBytes} bytes ({(double)jsonBytes / markdownBytes:0.00}x)");
        Assert.InRange(jsonBytes, markdownBytes, 4 * markdownBytes);
    }

    [Fact]
    public void A_broken_link_has_no_path()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SampleVault()), SampleProbe);

        using var document = JsonDocument.Parse(run.Invoke("Probe", "WithBrokenLink"));

        var broken = Assert.Single(document.RootElement.GetProperty("links").EnumerateArray(), l => l.GetProperty("isBroken").GetBoolean());
        Assert.Equal("nvidia_cuda_moat", broken.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("path").ValueKind);
    }

    [Fact]
    public void Reflection_and_a_source_generated_context_write_the_same_document_for_a_generated_note_a_Note_and_a_list()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SampleVault()), SampleProbe);

        string generated = run.Invoke("Probe", "Seed");
        string all = run.Invoke("Probe", "All");

        Assert.Equal(generated, run.Invoke("Probe", "SeedAsNote"));
        Assert.Equal(generated, run.WithNotes(notes => JsonSerializer.Serialize(notes.Single(n => n.Path == TestNotes.SeedPath), NoteJsonContext.Default.Note)));
        Assert.Equal(all, run.WithNotes(notes => JsonSerializer.Serialize(notes, NoteJsonContext.Default.IReadOnlyListNote)));
        using var list = JsonDocument.Parse(all);
        Assert.Equal(TestNotes.SampleVault().Length, list.RootElement.GetArrayLength());
        Assert.Contains(list.RootElement.EnumerateArray(), n => n.GetRawText() == generated);
    }

    [Fact]
    public void Schema_notes_that_reference_each_other_are_documents_with_their_front_matter_as_written_and_links_as_paths()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(
            ("notes/books/dune.md", "---\ntitle: Dune\nauthor: \"[[herbert]]\"\nyear: 1965\nmeta:\n  isbn: \"0-441-17271-7\"\n  formats: [paperback, audio]\nnothing:\n---\n"),
            ("notes/people/herbert.md", "---\nname: Frank Herbert\nbooks: [\"[[dune]]\"]\n---\n")), """
            using System.Collections.Generic;
            using System.Text.Json;
            using NoteGen;

            [NoteSchema("notes/books/*.md")]
            public record Book(string Title, Person Author);

            [NoteSchema("notes/people/*.md")]
            public record Person(string Name, IReadOnlyList<Book>? Books = null);

            public static class Probe
            {
                // Typed as the schemas' generated classes, whose Author and Books lead back to each other.
                public static string Run() => JsonSerializer.Serialize(App.Notes.Dune) + "\n" + JsonSerializer.Serialize(App.Notes.Herbert);
            }
            """);

        var documents = run.Invoke("Probe").Split('\n').Select(json => JsonDocument.Parse(json).RootElement).ToArray();

        var (dune, herbert) = (documents[0], documents[1]);
        Assert.Equal("""{"title":"Dune","author":"[[herbert]]","year":"1965","meta":{"isbn":"0-441-17271-7","formats":["paperback","audio"]},"nothing":null}""",
            dune.GetProperty("frontMatter").GetRawText());
        var author = Assert.Single(dune.GetProperty("links").EnumerateArray());
        Assert.Equal(("author", "notes/people/herbert.md"), (author.GetProperty("property").GetString(), author.GetProperty("path").GetString()));
        Assert.Equal("""[{"source":"notes/books/dune.md","heading":null,"blockId":null,"property":"author","line":3,"column":10}]""",
            herbert.GetProperty("backlinks").GetRawText());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generated_note_classes_carry_the_converter_when_the_library_has_it_and_compile_either_way(bool net8)
    {
        var library = RuntimeLibrary.Compile(LibraryVersionCheck.GeneratorVersion.ToString(3), net8);
        var compilation = GeneratorHarness.CreateCompilation("""
            [NoteGen.NoteSchema("notes/acquiredfm.md")]
            public record Podcast(string Title);
            """, references: [.. GeneratorHarness.FrameworkReferences.Value, library]);

        var run = GeneratorRun.From(GeneratorHarness.CreateDriver(GeneratorHarness.Notes(TestNotes.SeedVault())), compilation);

        // VaultNote and VaultNote<TSections>, Podcast and Podcast<TSections>.
        const string Attribute = "[global::System.Text.Json.Serialization.JsonConverter(typeof(global::NoteGen.NoteJsonConverter))]";
        Assert.Equal(net8 ? 2 : 0, Occurrences(run.Source("Notes.VaultNote.g.cs"), Attribute));
        Assert.Equal(net8 ? 2 : 0, Occurrences(run.Source("Notes.Schemas.g.cs"), Attribute));
    }

    [Fact]
    public void A_note_cannot_be_read_from_JSON()
    {
        var reflection = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Note>("{}"));
        var generated = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize("{}", NoteJsonContext.Default.Note));

        Assert.Contains("NoteGen writes notes to JSON but does not read them", reflection.Message);
        Assert.Contains("NoteGen writes notes to JSON but does not read them", generated.Message);
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;

    /// <summary>Headings with level and line, subsections in brackets.</summary>
    private static string Outline(JsonElement sections) =>
        string.Join(", ", sections.EnumerateArray().Select(s =>
            $"{s.GetProperty("heading").GetString()} ({s.GetProperty("level").GetInt32()}, line {s.GetProperty("line").GetInt32()}) [{Outline(s.GetProperty("subsections"))}]"));

    /// <summary>Every claim of the document: the note's and each section's, at every depth.</summary>
    private static IEnumerable<JsonElement> Claims(JsonElement note) =>
        note.GetProperty("claims").EnumerateArray().Concat(Sections(note.GetProperty("sections")).SelectMany(s => s.GetProperty("claims").EnumerateArray()));

    private static IEnumerable<JsonElement> Sections(JsonElement sections) =>
        sections.EnumerateArray().SelectMany(s => Sections(s.GetProperty("subsections")).Prepend(s));

    private static IEnumerable<JsonElement> Descendants(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Descendants(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Descendants).Prepend(element),
        _ => [element],
    };
}

/// <summary>A source-generated context as an app (trimmed or Native AOT) declares one: made by the SDK's
/// System.Text.Json generator, which finds <see cref="NoteJsonConverter"/> on <see cref="Note"/>.</summary>
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(IReadOnlyList<Note>))]
internal sealed partial class NoteJsonContext : JsonSerializerContext
{
}
