using System.Linq;
using Microsoft.CodeAnalysis;
using NoteGen.Generator.Diagnostics;

namespace NoteGen.Generator.Model
{
    /// <summary>A diagnostic to report, as an equatable record: the descriptor's ID, the file and location, and the
    /// message arguments (already made printable).</summary>
    internal sealed record DiagnosticInfo(string Id, string? FilePath, TextLocation? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string? filePath, TextLocation? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, filePath, location, arguments.Select(DiagnosticText.Printable).ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var location = FilePath == null || Location == null ? Microsoft.CodeAnalysis.Location.None : Location.ToLocation(FilePath);
            var arguments = new object[Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
                arguments[i] = Arguments[i];
            return Diagnostic.Create(NoteGenDiagnostics.ById(Id), location, arguments);
        }
    }
}
