using System;
using System.Collections.Generic;

namespace NoteGen
{
    /// <summary>The notes of one vault with the lookups generated code needs. Called by generated code only.</summary>
    public sealed class NoteVault
    {
        private readonly Lazy<Index> _index;

        /// <summary>Creates the vault; <paramref name="notes"/> is called once, on first use, and must list the
        /// notes ordered by path.</summary>
        public NoteVault(Func<Note[]> notes) => _index = new Lazy<Index>(() => new Index(notes()));

        /// <summary>Every note, ordered by path.</summary>
        public IReadOnlyList<Note> Notes => _index.Value.Notes;

        /// <summary>Finds a note by file name (without <c>.md</c>) or by path, case-insensitively, as a wiki link
        /// from the vault root would: an exact path first, else the shortest path with that name.</summary>
        public Note? Find(string name)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            string key = WithoutExtension(name);
            var index = _index.Value;
            return index.ByPath.TryGetValue(key, out var byPath) ? byPath
                : index.ByName.TryGetValue(key, out var byName) ? byName
                : null;
        }

        /// <summary>Finds a note by its exact project-relative path (with <c>.md</c>).</summary>
        public Note? FindByPath(string path)
        {
            if (path == null)
                throw new ArgumentNullException(nameof(path));
            return _index.Value.ByExactPath.TryGetValue(path, out var note) ? note : null;
        }

        private static string WithoutExtension(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - 3) : path;

        private sealed class Index
        {
            public Index(Note[] notes)
            {
                Notes = Array.AsReadOnly(notes);
                var byLength = (Note[])notes.Clone();
                // Shortest path first, then ordinal: the first note with a name wins, as in Obsidian.
                Array.Sort(byLength, (a, b) => a.Path.Length != b.Path.Length
                    ? a.Path.Length.CompareTo(b.Path.Length)
                    : string.CompareOrdinal(a.Path, b.Path));
                foreach (var note in byLength)
                {
                    ByExactPath[note.Path] = note;
                    string pathWithoutExtension = WithoutExtension(note.Path);
                    if (!ByPath.ContainsKey(pathWithoutExtension))
                        ByPath.Add(pathWithoutExtension, note);
                    if (!ByName.ContainsKey(note.Name))
                        ByName.Add(note.Name, note);
                }
            }

            public IReadOnlyList<Note> Notes { get; }
            public Dictionary<string, Note> ByExactPath { get; } = new Dictionary<string, Note>(StringComparer.Ordinal);
            public Dictionary<string, Note> ByPath { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
            public Dictionary<string, Note> ByName { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
        }
    }
}
