using Microsoft.CodeAnalysis;

namespace NoteGen.Tests.Infrastructure;

/// <summary>What the incremental tests read from a run made with step tracking on.</summary>
internal static class StepReasons
{
    /// <summary>Per output of every run of <paramref name="step"/>: why it was (or was not) computed again.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    public static int Count(GeneratorRun run, string step, IncrementalStepRunReason reason) => Reasons(run, step).Count(r => r == reason);
}
