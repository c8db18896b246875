using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator;
using NoteGen.Generator.Model;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>
/// The payload format between the generator (writer) and the runtime library (reader). A library built with one
/// NoteGen runs on the NoteGen.dll of the app that uses it, which may be newer, so the runtime must read every format
/// a released package wrote: <c>Payloads/format-N</c> holds, per released format N, a vault's notes, the code the
/// generator of that format wrote for them (<c>*.verified.cs</c>), and what the notes must decode to
/// (<c>decoded.verified.txt</c>). While N is the current format (not
/// yet released) its golden files follow the generator; once released, they never change, and a change to the format
/// is format N+1 with a folder of its own.
/// </summary>
public class PayloadTests
{
    public static TheoryData<int> Formats() => new(Directory.GetDirectories(PayloadsFolder(), "format-*")
        .Select(folder => int.Parse(Path.GetFileName(folder)["format-".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order());

    [Fact]
    public void Every_note_of_the_realistic_vault_reads_back_as_the_generator_parsed_and_resolved_it()
    {
        var driver = GeneratorHarness.CreateDriver(TestNotes.RealisticVault(), trackSteps: true);
        var run = GeneratorRun.From(driver, GeneratorHarness.CreateCompilation());
        var written = run.Result.TrackedSteps[TrackingNames.Resolve].SelectMany(step => step.Outputs).Select(output => (ResolvedNote)output.Value).ToList();

        string read = run.WithNotes(NoteDump.Of);

        Assert.Equal(52, written.Count);
        Assert.Contains("  claim line ", read);
        Assert.Equal(NoteDump.Of(written).Split('\n'), read.Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_code_a_released_format_was_written_in_decodes_to_the_same_notes(int format)
    {
        string folder = Path.Combine(PayloadsFolder(), "format-" + format);
        var generated = Directory.GetFiles(folder, "*.verified.cs").Order(StringComparer.Ordinal)
            .Select(path => CSharpSyntaxTree.ParseText(Snapshot.Packed(File.ReadAllText(path)), new CSharpParseOptions(LanguageVersion.Latest), path)).ToList();
        Assert.NotEmpty(generated);
        var compilation = GeneratorHarness.CreateCompilation(File.ReadAllText(Path.Combine(folder, "Episode.cs"))).AddSyntaxTrees(generated);

        string decoded = GeneratorRun.WithNotes(GeneratorRun.Emit(compilation), NoteDump.Of);

        Assert.Equal(File.ReadAllText(Path.Combine(folder, "decoded.verified.txt")).Replace("\r\n", "\n").Split('\n'), decoded.Split('\n'));
    }

    [Fact]
    public void The_generator_writes_the_golden_code_of_the_current_format()
    {
        string name = "format-" + PayloadFormat.Current;
        string folder = Path.Combine(PayloadsFolder(), name);
        Assert.True(Directory.Exists(folder), "No golden folder for the current payload format: add Payloads/" + name + ".");
        var notes = Directory.GetFiles(Path.Combine(folder, "notes"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(
                GeneratorHarness.ProjectDir + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)));

        var run = GeneratorHarness.Run(notes, File.ReadAllText(Path.Combine(folder, "Episode.cs")));

        var sources = run.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        foreach (var source in sources)
            Snapshot.Verify(source.SourceText.ToString(), Path.GetFileNameWithoutExtension(source.HintName), Path.Combine("Payloads", name));
        Assert.Equal(sources.Select(s => Path.GetFileNameWithoutExtension(s.HintName) + ".verified.cs"),
            Directory.GetFiles(folder, "*.verified.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Snapshot.Verify(run.WithNotes(NoteDump.Of), "decoded", Path.Combine("Payloads", name), ".txt");
    }

    [Fact]
    public void A_payload_of_a_newer_format_fails_when_its_note_is_read_naming_the_note_and_the_update()
    {
        string folder = Path.Combine(PayloadsFolder(), "format-" + PayloadFormat.Current);
        string newer = (PayloadFormat.Current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|";
        // As if a newer generator had written ep2's content: its payload is the only one in its file.
        var generated = Directory.GetFiles(folder, "*.verified.cs").Order(StringComparer.Ordinal).Select(path =>
        {
            string code = Snapshot.Packed(File.ReadAllText(path));
            if (code.Contains(" Ep2 = ", StringComparison.Ordinal))
                code = code.Replace("\"" + PayloadFormat.Header, "\"" + newer, StringComparison.Ordinal);
            return CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path);
        });
        var compilation = GeneratorHarness.CreateCompilation(File.ReadAllText(Path.Combine(folder, "Episode.cs"))).AddSyntaxTrees(generated);

        string outcome = GeneratorRun.WithNotes(GeneratorRun.Emit(compilation), notes =>
        {
            var ep2 = notes.Single(n => n.Name == "ep2");
            string title = notes.Single(n => n.Name == "ep1").Title;
            var error = Assert.Throws<NotSupportedException>(() => ep2.Claims);
            return title + " | " + error.Message;
        });

        Assert.Equal("Chips, foundries and capacity | NoteGen cannot read the content of notes/episodes/ep2.md: it was written by a newer NoteGen "
            + $"(payload format {PayloadFormat.Current + 1}) than this NoteGen library reads (formats {PayloadFormat.Oldest} to {PayloadFormat.Current}); "
            + "update the application's NoteGen package.", outcome);
    }

    private static string PayloadsFolder([CallerFilePath] string testFile = "") => Path.Combine(Path.GetDirectoryName(testFile)!, "Payloads");
}
