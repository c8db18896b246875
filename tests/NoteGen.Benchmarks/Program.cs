using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NoteGen.Benchmarks;
using NoteGen.Tests.Infrastructure;

if (args is ["write-vault", var count, var directory, .. var options])
{
    var vault = new SyntheticVault(int.Parse(count), uniqueHeadings: options.Contains("--unique-headings"));
    vault.WriteTo(directory);
    Console.WriteLine($"{vault.Notes.Length} notes, {vault.TotalCharacters:N0} characters, in {directory}");
    return;
}

if (args is ["stages", var stageSize])
{
    // Where a full run's time goes, stage by stage, outside the driver.
    Stages.Run(int.Parse(stageSize));
    return;
}

if (args is ["compile", var compileSize, .. var compileOptions])
{
    // With "no-payloads", every note's payload is left empty: what the rest of the generated code costs alone.
    CompileCost.Run(int.Parse(compileSize), payloads: !compileOptions.Contains("no-payloads"));
    return;
}

if (args is ["cold", var coldSize])
{
    // The first run in a fresh process (JIT included, as in a compiler process that starts for one build), then warm runs.
    var benchmarks = new GeneratorBenchmarks { Notes = int.Parse(coldSize) };
    var watch = System.Diagnostics.Stopwatch.StartNew();
    benchmarks.Setup(run: false);
    var written = watch.Elapsed;
    long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
    var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
    var pauseBefore = GC.GetTotalPauseDuration();
    watch.Restart();
    benchmarks.FirstRun();
    Console.WriteLine($"First full run: {watch.Elapsed.TotalMilliseconds:F0} ms, of which JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore} methods, GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms (writing the vault before it: {written.TotalMilliseconds:F0} ms)");
    for (int i = 0; i < 3; i++)
    {
        pauseBefore = GC.GetTotalPauseDuration();
        watch.Restart();
        benchmarks.FullRun();
        Console.WriteLine($"Full run {i + 2}: {watch.Elapsed.TotalMilliseconds:F0} ms, GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms");
    }
    return;
}

if (args is ["retained", var retainedSize])
{
    // What the generator driver holds after a full run (its cached steps and generated text): what stays in a
    // compiler's memory for the build's rest, besides the compilation itself.
    var benchmarks = new GeneratorBenchmarks { Notes = int.Parse(retainedSize) };
    benchmarks.Setup();
    long before = GC.GetTotalMemory(forceFullCollection: true);
    var driver = benchmarks.FullRun();
    long after = GC.GetTotalMemory(forceFullCollection: true);
    long generated = driver.GetRunResult().GeneratedTrees.Sum(t => (long)t.Length);
    Console.WriteLine($"Held by the driver after a full run: {(after - before) / 1048576} MB; generated code: {generated / 1000000} M chars");
    return;
}

if (args is ["quick", var size])
{
    // Rough timings in seconds rather than minutes, for working on performance; the figures to quote come from the benchmarks.
    var benchmarks = new GeneratorBenchmarks { Notes = int.Parse(size) };
    benchmarks.Setup();
    // Runs of a step that takes milliseconds are many: after one or two, the JIT is still recompiling what they call.
    foreach (var (name, action, runs) in new (string, Action, int)[]
    {
        ("Markdig floor", () => benchmarks.MarkdigFloor(), 3), ("Full run", () => benchmarks.FullRun(), 3),
        ("Edit one note body", () => benchmarks.EditOneNote(), 20), ("Rename one note", () => benchmarks.RenameOneNote(), 5),
        ("Add one note", () => benchmarks.AddOneNote(), 5),
    })
    {
        for (int i = 0; i < runs; i++)
            action();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < runs; i++)
            action();
        Console.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds / runs:F1} ms");
    }
    return;
}

// A short job: the 10,000-note full run takes seconds per operation.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5));
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args, config);
