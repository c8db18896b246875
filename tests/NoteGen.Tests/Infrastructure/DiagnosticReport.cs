using Microsoft.CodeAnalysis;

namespace NoteGen.Tests.Infrastructure;

internal static class DiagnosticReport
{
    /// <summary>What the build prints for each generator diagnostic: ID, severity, message, file and 1-based start.</summary>
    public static IEnumerable<(string Id, DiagnosticSeverity Severity, string Message, string Path, int Line, int Column)> Reported(this GeneratorRun run) =>
        run.GeneratorDiagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return (d.Id, d.Severity, d.GetMessage(), span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
        });
}
