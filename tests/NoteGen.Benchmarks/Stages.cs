using System.Collections.Immutable;
using Markdig;
using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using NoteGen.Generator.Resolution;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Benchmarks;

/// <summary>Times each stage of the generator directly (no driver), to see where a full run's time goes.</summary>
public static class Stages
{
    public static void Run(int n)
    {
        var vault = new SyntheticVault(n, uniqueHeadings: true);
        var settings = new GeneratorSettings("/project/", "App", "Notes", GeneratorSettings.DefaultVideoUrlTemplate, true, true, EquatableArray<DiagnosticInfo>.Empty);
        for (int round = 0; round < 3; round++)
        {
            var w = System.Diagnostics.Stopwatch.StartNew();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            string Allocated()
            {
                long before = allocated;
                var pausedBefore = paused;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                paused = GC.GetTotalPauseDuration();
                return $"{(allocated - before) >> 20} MB, GC {(paused - pausedBefore).TotalMilliseconds:F0} ms";
            }
            var pipeline = new Markdig.MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UsePreciseSourceLocation().Build();
            foreach (var note in vault.Notes) Markdig.Markdown.Parse(note.Text, pipeline);
            var markdig = $"{w.ElapsedMilliseconds} ms {Allocated()}"; w.Restart();
            foreach (var note in vault.Notes) Markdig.Markdown.Parse(note.Text, NoteParser.Pipeline);
            var markdigWithOurs = $"{w.ElapsedMilliseconds} ms {Allocated()}"; w.Restart();
            var parsed = vault.Notes.Select(x => NoteParser.Parse("/project/" + x.Path, x.Path, x.Text, default)).ToArray();
            var parse = $"{w.ElapsedMilliseconds} ms {Allocated()}"; w.Restart();
            var index = VaultIndexBuilder.Build(parsed.Select(NoteKey.Of).ToImmutableArray(), ImmutableArray<string>.Empty, settings, EquatableArray<NoteSchema>.Empty, default);
            var indexed = $"{w.ElapsedMilliseconds} ms {Allocated()}"; w.Restart();
            var resolved = parsed.Select(p => NoteResolver.Resolve(p, index, default)).ToArray();
            var resolve = $"{w.ElapsedMilliseconds} ms {Allocated()}"; w.Restart();
            // Into one builder, as a generated file's payloads are written into that file's text.
            var payloads = new System.Text.StringBuilder();
            foreach (var r in resolved) PayloadWriter.AppendLiteral(payloads.Clear(), r);
            var payload = $"{w.ElapsedMilliseconds} ms {Allocated()}"; w.Restart();
            foreach (var r in resolved) NoteEmitter.Emit(r);
            var emit = $"{w.ElapsedMilliseconds} ms {Allocated()}";
            Console.WriteLine($"Markdig (our options, no inline parsers) {markdig}; with NoteGen's inline parsers {markdigWithOurs}; parse (with Markdig) {parse}; index {indexed}; resolve {resolve}; payload {payload}; emit (fields, no payload) {emit}");
        }
    }
}
