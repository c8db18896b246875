using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using NoteGen.Benchmarks;
using NoteGen.Tests.Infrastructure;

if (args is ["write-vault", var count, var directory])
{
    var vault = new SyntheticVault(int.Parse(count));
    vault.WriteTo(directory);
    Console.WriteLine($"{vault.Notes.Length} notes, {vault.TotalCharacters:N0} characters, in {directory}");
    return;
}

// A short job: the 10,000-note full run takes seconds per operation.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5));
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args, config);
