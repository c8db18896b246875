using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>What the index needs of a note: its path, name and link anchors, nothing else from its body.</summary>
    internal sealed record NoteKey(string FilePath, string Path, string Name, NoteAnchors Anchors)
    {
        public static NoteKey Of(ParsedNote note) => new NoteKey(note.FilePath, note.Path, note.Name, new NoteAnchors(
            note.Aliases,
            note.Sections.Select(s => new HeadingKey(s.Heading, LinkResolver.HeadingKey(s.Heading), s.Level, s.Anchor)).ToEquatableArray(),
            note.BlockIds.Select(b => new BlockKey(b.Id, b.Section)).ToEquatableArray()));
    }

    /// <summary>Builds the <see cref="VaultIndex"/>: orders notes by path and gives each its identifiers.</summary>
    internal static class VaultIndexBuilder
    {
        /// <summary>The generated base class of every note (typed front matter), nested in the root class.</summary>
        public const string VaultNoteTypeName = "VaultNote";

        /// <summary>The class in the root class that holds the typed-section classes (see <see cref="SectionShapes"/>).</summary>
        public const string ShapesTypeName = "Shapes";

        /// <summary>The static method of a generated note class (<c>VaultNote</c> or a schema's) that creates a note of
        /// it: a note field's initializer.</summary>
        public const string NoteFactoryName = "Create";

        /// <summary>Members of the root class other than note fields and schema classes.</summary>
        public static readonly string[] RootMembers = { "All", "Find", "Vault", VaultNoteTypeName, ShapesTypeName };

        private static readonly HashSet<string> s_rootMembers = IdentifierScope.Reserved(RootMembers);

        /// <param name="attachments">The vault paths of the AdditionalFiles that are not notes.</param>
        /// <param name="schemas">The declared schemas, ordered by type name.</param>
        public static VaultIndex Build(ImmutableArray<NoteKey> keys, ImmutableArray<string> attachments, GeneratorSettings settings,
            EquatableArray<NoteSchema> schemas, CancellationToken cancellationToken)
        {
            // The same file may be listed twice; it is one note.
            var notes = keys.GroupBy(k => k.Path, System.StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(k => k.Path, System.StringComparer.Ordinal).ToList();
            var scope = new IdentifierScope(s_rootMembers, settings.ClassName);
            var diagnostics = new List<DiagnosticInfo>();

            var fieldNames = new string[notes.Count];
            for (int i = 0; i < notes.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fieldNames[i] = scope.Allocate(Identifiers.PascalCase(notes[i].Name, "Note"), "'" + notes[i].Path + "'", notes[i].FilePath, TextLocation.FileStart, diagnostics);
            }

            // Schema classes are named last, so declaring a schema never renames a note.
            var schemaClasses = schemas.Select(s => new SchemaClass(s, scope.Allocate(s.Name, "schema '" + s.Name + "'", s.FilePath, s.Location, diagnostics)))
                .ToEquatableArray();
            var matched = new bool[schemas.Count];
            var entries = new NoteEntry[notes.Count];
            for (int i = 0; i < notes.Count; i++)
            {
                var matching = SchemaValidator.Matching(notes[i].Path, schemas);
                foreach (int schema in matching)
                    matched[schema] = true;
                entries[i] = new NoteEntry(notes[i].Path, notes[i].Name, fieldNames[i],
                    matching.Count > 0 ? schemaClasses[matching[0]].ClassName : VaultNoteTypeName);
            }
            for (int i = 0; i < schemas.Count; i++)
                if (!matched[i])
                    diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.SchemaMatchesNoNote, schemas[i].FilePath, schemas[i].Location, schemas[i].Name, schemas[i].Glob));
            return new VaultIndex(settings, entries.ToEquatableArray(), notes.Select(n => n.Anchors).ToEquatableArray(),
                attachments.Distinct().OrderBy(a => a, System.StringComparer.Ordinal).ToEquatableArray(), schemaClasses, diagnostics.ToEquatableArray());
        }
    }
}
