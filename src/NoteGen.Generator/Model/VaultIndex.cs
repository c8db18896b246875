using System;
using System.Collections.Generic;
using System.Linq;

namespace NoteGen.Generator.Model
{
    /// <summary>One note as the vault index knows it: names and the identifiers assigned to it.</summary>
    /// <param name="FieldName">The root class's field that holds the note.</param>
    /// <param name="BaseType">The generated class the note is an instance of (with its sections' type as type
    /// argument): <c>VaultNote</c>, or the class of the schema it follows.</param>
    internal sealed record NoteEntry(string Path, string Name, string FieldName, string BaseType);

    /// <summary>A declared schema and the name of its generated class in the root class (the notes following it
    /// derive from that class).</summary>
    internal sealed record SchemaClass(NoteSchema Schema, string ClassName);

    /// <summary>What links can point to inside a note, and its other names. Nothing here changes when only the text
    /// of a note's body changes.</summary>
    internal sealed record NoteAnchors(EquatableArray<string> Aliases, EquatableArray<HeadingKey> Headings, EquatableArray<BlockKey> BlockIds)
    {
        public static readonly NoteAnchors None = new NoteAnchors(EquatableArray<string>.Empty, EquatableArray<HeadingKey>.Empty, EquatableArray<BlockKey>.Empty);
    }

    /// <summary>A heading as links see it: its plain text, the form links compare (<c>LinkResolver.HeadingKey</c>,
    /// computed once per note rather than per link), its level and its HTML anchor; its position is its section index.</summary>
    internal sealed record HeadingKey(string Text, string Key, int Level, string Anchor);

    /// <summary>A block id and the index of the section it lies in (-1 before the first heading).</summary>
    internal sealed record BlockKey(string Id, int Section);

    /// <summary>
    /// Every note's names, identifiers and link anchors, and the paths of the other AdditionalFiles (attachments).
    /// Built from paths, front-matter aliases, headings and block ids only, so it compares equal while only note
    /// bodies change, and every other note's resolve and emit steps stay cached.
    /// </summary>
    internal sealed class VaultIndex : IEquatable<VaultIndex>
    {
        private readonly Lazy<Dictionary<string, int>> _byPath;
        private readonly Lazy<Dictionary<string, List<string>>> _notesByName;
        private readonly Lazy<Dictionary<string, List<string>>> _notesByAlias;
        private readonly Lazy<Dictionary<string, List<string>>> _attachmentsByName;

        public VaultIndex(GeneratorSettings settings, EquatableArray<NoteEntry> notes, EquatableArray<NoteAnchors> anchors,
            EquatableArray<string> attachments, EquatableArray<SchemaClass> schemas, EquatableArray<DiagnosticInfo> diagnostics)
        {
            Schemas = schemas;
            Settings = settings;
            Notes = notes;
            Anchors = anchors;
            Attachments = attachments;
            Diagnostics = diagnostics;
            _byPath = new Lazy<Dictionary<string, int>>(() =>
            {
                var map = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < Notes.Count; i++)
                    map[Notes[i].Path] = i;
                return map;
            });
            _notesByName = new Lazy<Dictionary<string, List<string>>>(() => GroupPaths(Notes.Select(n => (n.Name, n.Path))));
            _notesByAlias = new Lazy<Dictionary<string, List<string>>>(() =>
                GroupPaths(Notes.SelectMany((n, i) => Anchors[i].Aliases.Select(alias => (alias, n.Path)))));
            _attachmentsByName = new Lazy<Dictionary<string, List<string>>>(() =>
                GroupPaths(Attachments.Select(path => (VaultPath.FileName(path), path))));
        }

        public GeneratorSettings Settings { get; }

        /// <summary>Every note, ordered by path (ordinal).</summary>
        public EquatableArray<NoteEntry> Notes { get; }

        /// <summary>Per note of <see cref="Notes"/>: its aliases, headings and block ids.</summary>
        public EquatableArray<NoteAnchors> Anchors { get; }

        /// <summary>The paths of every AdditionalFile that is not a note, ordered (ordinal).</summary>
        public EquatableArray<string> Attachments { get; }

        /// <summary>The declared schemas, ordered by type name, with their class names.</summary>
        public EquatableArray<SchemaClass> Schemas { get; }

        /// <summary>Problems found while naming notes and schema classes (renamed identifiers, schemas matching no note).</summary>
        public EquatableArray<DiagnosticInfo> Diagnostics { get; }

        /// <summary>The position of the note at <paramref name="path"/> in <see cref="Notes"/>, or -1.</summary>
        public int IndexOf(string path) => _byPath.Value.TryGetValue(path, out int index) ? index : -1;

        public NoteEntry EntryFor(string path) => Notes[_byPath.Value[path]];

        /// <summary>The paths of the notes with this file name (case-insensitive), ordered; empty when none.</summary>
        public IReadOnlyList<string> NotesNamed(string name) => Lookup(_notesByName.Value, name);

        /// <summary>The paths of the notes with this front-matter alias (case-insensitive), ordered.</summary>
        public IReadOnlyList<string> NotesAliased(string alias) => Lookup(_notesByAlias.Value, alias);

        /// <summary>The paths of the attachments with this file name, extension included (case-insensitive).</summary>
        public IReadOnlyList<string> AttachmentsNamed(string fileName) => Lookup(_attachmentsByName.Value, fileName);

        public bool Equals(VaultIndex? other) =>
            other != null && Settings.Equals(other.Settings) && Notes.Equals(other.Notes) && Anchors.Equals(other.Anchors)
            && Attachments.Equals(other.Attachments) && Schemas.Equals(other.Schemas) && Diagnostics.Equals(other.Diagnostics);

        public override bool Equals(object? obj) => Equals(obj as VaultIndex);

        public override int GetHashCode() => Notes.Count;

        private static IReadOnlyList<string> Lookup(Dictionary<string, List<string>> map, string key) =>
            map.TryGetValue(key, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

        private static Dictionary<string, List<string>> GroupPaths(IEnumerable<(string Key, string Path)> items)
        {
            var map = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, path) in items)
            {
                if (!map.TryGetValue(key, out var list))
                    map.Add(key, list = new List<string>());
                list.Add(path);
            }
            return map;
        }
    }
}
