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
        var settings = new GeneratorSettings("/project/", "App", "Notes", GeneratorSettings.DefaultVideoUrlTemplate, true, true, true, false, GeneratorSettings.DefaultLinkUrlTemplate, GeneratorSettings.DefaultAttachmentUrlTemplate, true, true, EquatableArray<DiagnosticInfo>.Empty);
        for (int round = 0; round < 3; round++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            // What the stage since the last lap took: time, allocations and GC pauses; then starts the next one.
            string Lap()
            {
                long allocatedBefore = allocated;
                var pausedBefore = paused;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                paused = GC.GetTotalPauseDuration();
                string spent = $"{watch.ElapsedMilliseconds} ms {(allocated - allocatedBefore) >> 20} MB, GC {(paused - pausedBefore).TotalMilliseconds:F0} ms";
                watch.Restart();
                return spent;
            }
            var pipeline = new Markdig.MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UsePreciseSourceLocation().Build();
            foreach (var note in vault.Notes) Markdig.Markdown.Parse(note.Text, pipeline);
            var markdig = Lap();
            foreach (var note in vault.Notes) Markdig.Markdown.Parse(note.Text, NoteParser.Pipeline);
            var markdigWithOurs = Lap();
            var parsed = vault.Notes.Select(x => NoteParser.Parse("/project/" + x.Path, x.Path, x.Text, settings, default)).ToArray();
            var parse = Lap();
            var index = VaultIndexBuilder.Build(parsed.Select(NoteKey.Of).ToImmutableArray(), ImmutableArray<string>.Empty, settings, EquatableArray<NoteSchema>.Empty, default);
            var indexed = Lap();
            var resolved = parsed.Select(p => NoteResolver.Resolve(p, index, default)).ToArray();
            var resolve = Lap();
            // Into one builder, as a generated file's payloads are written into that file's text.
            var payloads = new System.Text.StringBuilder();
            foreach (var r in resolved) PayloadWriter.AppendLiteral(payloads.Clear(), r);
            var payload = Lap();
            foreach (var r in resolved) NoteEmitter.Emit(r);
            var emit = Lap();
            Console.WriteLine($"Markdig (our options, no inline parsers) {markdig}; with NoteGen's inline parsers {markdigWithOurs}; parse (with Markdig) {parse}; index {indexed}; resolve {resolve}; payload {payload}; emit (fields, no payload) {emit}");
        }
    }
}
