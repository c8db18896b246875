using System;
using System.Collections.Generic;

namespace NoteGen.Generator.Model
{
    /// <summary>One note as the vault index knows it: names and the identifiers assigned to it.</summary>
    internal sealed record NoteEntry(string Path, string Name, string PropertyName, string TypeName);

    /// <summary>
    /// The names of every note, with their identifiers. Built from file paths only, so it compares equal while
    /// only note bodies change, and every other note's resolve and emit steps stay cached.
    /// </summary>
    internal sealed class VaultIndex : IEquatable<VaultIndex>
    {
        private readonly Lazy<Dictionary<string, NoteEntry>> _byPath;
        private readonly Lazy<Dictionary<string, List<NoteEntry>>> _byName;

        public VaultIndex(GeneratorSettings settings, EquatableArray<NoteEntry> notes, EquatableArray<DiagnosticInfo> diagnostics)
        {
            Settings = settings;
            Notes = notes;
            Diagnostics = diagnostics;
            _byPath = new Lazy<Dictionary<string, NoteEntry>>(() =>
            {
                var map = new Dictionary<string, NoteEntry>(StringComparer.Ordinal);
                foreach (var note in Notes)
                    map[note.Path] = note;
                return map;
            });
            _byName = new Lazy<Dictionary<string, List<NoteEntry>>>(() =>
            {
                var map = new Dictionary<string, List<NoteEntry>>(StringComparer.OrdinalIgnoreCase);
                foreach (var note in Notes)
                {
                    if (!map.TryGetValue(note.Name, out var list))
                        map.Add(note.Name, list = new List<NoteEntry>());
                    list.Add(note);
                }
                return map;
            });
        }

        public GeneratorSettings Settings { get; }

        /// <summary>Every note, ordered by path (ordinal).</summary>
        public EquatableArray<NoteEntry> Notes { get; }

        /// <summary>Problems found while naming notes (renamed identifiers).</summary>
        public EquatableArray<DiagnosticInfo> Diagnostics { get; }

        public NoteEntry EntryFor(string path) => _byPath.Value[path];

        /// <summary>The notes with this file name (case-insensitive), ordered by path; empty when none.</summary>
        public IReadOnlyList<NoteEntry> NotesNamed(string name) =>
            _byName.Value.TryGetValue(name, out var list) ? list : (IReadOnlyList<NoteEntry>)Array.Empty<NoteEntry>();

        public bool Equals(VaultIndex? other) =>
            other != null && Settings.Equals(other.Settings) && Notes.Equals(other.Notes) && Diagnostics.Equals(other.Diagnostics);

        public override bool Equals(object? obj) => Equals(obj as VaultIndex);

        public override int GetHashCode() => Notes.Count;
    }
}
