using System.Collections.Immutable;
using System.Threading;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator.Emitting
{
    /// <summary>Emits the root class: <c>All</c>, <c>Find</c> and the vault behind them, whose content (aliases and
    /// backlinks) travels in a <c>[NoteContent]</c> attribute like each note's; and the declaration of <c>Shapes</c>.</summary>
    internal static class RootEmitter
    {
        public static GeneratedFile Emit(VaultIndex index, ImmutableArray<NoteLinkTargets> linkTargets, CancellationToken cancellationToken)
        {
            var settings = index.Settings;
            string root = SourceFile.RootClass(settings);
            string nullable = SourceFile.Nullable(settings);
            string content = "[global::NoteGen.NoteContent(" + PayloadWriter.VaultLiteral(index, linkTargets, cancellationToken) + ")]";
            string source = SourceFile.Write(settings, rootAttribute: content, body: w =>
                {
                    // No initializer: the first note's initializer makes the vault, whichever file it is in (the order of
                    // the initializers of partial declarations is the compiler's). Each note registers itself with the
                    // vault, so no code lists them all.
                    string vaultType = "global::NoteGen.NoteVault<" + root + "." + VaultIndexBuilder.VaultNoteTypeName + ">";
                    w.Line("private static " + vaultType + nullable + " s_vault;");
                    w.Line();
                    w.Line("private static " + vaultType + " Vault => " + vaultType + ".Of(ref s_vault, typeof(" + root + "));");
                    w.Line();
                    w.Line("/// <summary>Every note, ordered by path.</summary>");
                    w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + root + "." + VaultIndexBuilder.VaultNoteTypeName + "> All => Vault.Notes;");
                    w.Line();
                    w.Line("/// <summary>The note with this file name (without <c>.md</c>), path or alias, case-insensitively, as a");
                    w.Line("/// link from the vault root resolves it; <c>null</c> when there is none.</summary>");
                    w.Line("public static global::NoteGen.Note" + nullable + " Find(string name) => Vault.Find(name);");
                    w.Line();
                    w.Line("/// <summary>The classes of the notes' typed sections, named by a hash of their headings and shared by every");
                    w.Line("/// note with the same ones: each note's <c>Sections</c> is an <c>Outline_…</c>, each section with sub-sections a");
                    w.Line("/// <c>Section_…</c>. Empty when typed sections are off or no note has headings.</summary>");
                    w.Line(SourceFile.GeneratedCodeAttribute);
                    w.Open("public static partial class " + VaultIndexBuilder.ShapesTypeName);
                    w.Close();
                });
            return new GeneratedFile(settings.ClassName + ".g.cs", source);
        }
    }
}
