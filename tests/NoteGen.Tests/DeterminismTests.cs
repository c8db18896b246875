using Microsoft.CodeAnalysis;
using NoteGen.Generator;
using NoteGen.Generator.Model;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>Same notes, same output: whatever the order of AdditionalFiles, run after run; and a cancelled run stops.</summary>
public class DeterminismTests
{
    private static (string Path, string Text)[] Vault() =>
    [
        .. TestNotes.SeedVault(),
        ("notes/sub/acquiredfm.md", "# Duplicate name in a sub-folder\nLinks to [[acquiredfm]].\n"),
        ("notes/data-gravity.md", "## Same\n## Same\n"),
        ("notes/data_gravity.md", "[[missing]]\n"),
    ];

    private static string Output(IEnumerable<AdditionalText> notes)
    {
        var run = GeneratorHarness.Run(notes);
        return string.Join("\n", run.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText))
            + string.Join("\n", run.GeneratorDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Output_is_identical_for_any_order_of_AdditionalFiles_and_across_runs()
    {
        var notes = GeneratorHarness.Notes(Vault());
        string first = Output(notes);

        Assert.Equal(first, Output(notes));
        var random = new Random(12345);
        for (int i = 0; i < 5; i++)
            Assert.Equal(first, Output(notes.OrderBy(_ => random.Next()).ToArray()));
        Assert.Equal(first, Output(notes.Reverse().ToArray()));
    }

    [Fact]
    public void Notes_read_on_several_threads_at_once_equal_each_note_read_alone()
    {
        // The generator parses a vault's notes on several threads at once (ReadAhead), threads that reuse a renderer
        // and buffers from note to note: reading notes at once on four threads, each in its own order, must give every
        // note what reading it alone gives.
        var notes = TestNotes.RealisticVault().Where(NoteReader.IsNote)
            .Concat(GeneratorHarness.Notes(new SyntheticVault(200, uniqueHeadings: true).Notes)).ToArray();
        // The settings the generator reads from the harness's project, as in every run of this project's tests.
        var settings = (GeneratorSettings)GeneratorHarness.CreateDriver([], trackSteps: true).RunGenerators(GeneratorHarness.CreateCompilation())
            .GetRunResult().Results.Single().TrackedSteps[TrackingNames.Settings].Single().Outputs.Single().Value;
        var alone = notes.Select(note => NoteReader.Read(note, settings, default)).ToArray();

        const int Threads = 4;
        var together = new ParsedNote[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var order = Enumerable.Range(0, notes.Length).Select(i => (i + t * notes.Length / Threads) % notes.Length); // each from its own note
            if (t % 2 == 1)
                order = order.Reverse(); // and half of them backwards
            var read = new ParsedNote[notes.Length];
            start.SignalAndWait();
            foreach (int i in order)
                read[i] = NoteReader.Read(notes[i], settings, default);
            together[t] = read;
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        for (int t = 0; t < Threads; t++)
            for (int i = 0; i < notes.Length; i++)
                Assert.True(alone[i] == together[t][i], $"thread {t}: {notes[i].Path}");
    }
}

/// <summary>Cancellation, alone on the machine so that its timings mean something.</summary>
[Collection(nameof(CancellationTests))]
[CollectionDefinition(nameof(CancellationTests), DisableParallelization = true)]
public class CancellationTests
{
    [Fact]
    public void A_cancelled_run_stops_promptly()
    {
        var notes = GeneratorHarness.Notes(Enumerable.Range(0, 2_000).Select(i => ($"notes/n{i}.md", TestNotes.Seed)).ToArray());
        var compilation = GeneratorHarness.CreateCompilation();
        GeneratorHarness.CreateDriver(notes).RunGenerators(compilation); // warm: JIT and caches
        var watch = System.Diagnostics.Stopwatch.StartNew();
        GeneratorHarness.CreateDriver(notes).RunGenerators(compilation);
        var full = watch.Elapsed;

        using var cancellation = new CancellationTokenSource(full / 10);
        watch.Restart();
        Assert.ThrowsAny<OperationCanceledException>(() => GeneratorHarness.CreateDriver(notes).RunGenerators(compilation, cancellation.Token));

        // Cancelled a tenth of the way in, the run ends well before a full run would.
        Assert.True(watch.Elapsed < full / 3, $"cancelled run took {watch.Elapsed}, a full run {full}");
    }
}
