using System.Threading;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>Emits the root class: <c>All</c>, <c>Find</c> and the vault behind them.</summary>
    internal static class RootEmitter
    {
        public static GeneratedFile Emit(VaultIndex index, CancellationToken cancellationToken)
        {
            var settings = index.Settings;
            string root = SourceFile.RootClass(settings);
            string nullable = SourceFile.Nullable(settings);
            string source = SourceFile.Write(settings, declaresRoot: true, w =>
                {
                    w.Line("private static readonly global::NoteGen.NoteVault Vault = new global::NoteGen.NoteVault(() => new global::NoteGen.Note[]");
                    w.Line("{");
                    foreach (var note in index.Notes)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        w.Line("    " + root + "." + note.TypeName + ".Instance,");
                    }
                    w.Line("});");
                    w.Line();
                    w.Line("/// <summary>Every note, ordered by path.</summary>");
                    w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::NoteGen.Note> All => Vault.Notes;");
                    w.Line();
                    w.Line("/// <summary>The note with this file name (without <c>.md</c>) or path, case-insensitively, as a link");
                    w.Line("/// from the vault root resolves it; <c>null</c> when there is none.</summary>");
                    w.Line("public static global::NoteGen.Note" + nullable + " Find(string name) => Vault.Find(name);");
                    w.Line();
                    w.Line("internal static global::NoteGen.Note" + nullable + " FindByPath(string path) => Vault.FindByPath(path);");
                });
            return new GeneratedFile(settings.ClassName + ".g.cs", "", source);
        }
    }
}
