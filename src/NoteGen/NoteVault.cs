using System;
using System.Collections.Generic;
using System.Reflection;

namespace NoteGen
{
    /// <summary>The notes of one vault with the lookups generated code needs. Called by generated code only.</summary>
    public class NoteVault
    {
        private readonly Index _index;

        /// <summary>Creates the vault of the generated root class <paramref name="rootType"/> and its notes. The
        /// root's <see cref="NoteContentAttribute"/> names the content fields that hold the notes' payloads, then, in path
        /// order, the static field that holds each note, with the note's name, path, where its payload is (content
        /// field and position), aliases and backlinks (found at compile time). Each note is created as an instance
        /// of its field's type and stored in the field: the generated code has no initializer per note, since every
        /// one costs compile time. Called from the root's static initializer, the only time such a
        /// <c>static readonly</c> field may be set.</summary>
        public NoteVault(Type rootType)
        {
            if (rootType == null)
                throw new ArgumentNullException(nameof(rootType));
            _index = new Index(rootType, CreateArray);
        }

        /// <summary>Every note, ordered by path.</summary>
        public IReadOnlyList<Note> Notes => _index.Notes;

        /// <summary>Finds a note by file name (without <c>.md</c>), path or front-matter alias, case-insensitively,
        /// as a wiki link from the vault root would: an exact path first, else the shortest path with that name,
        /// else the shortest path with that alias.</summary>
        public Note? Find(string name)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            string key = WithoutExtension(name);
            var index = _index;
            return index.ByPath.TryGetValue(key, out var byPath) ? byPath
                : index.ByName.TryGetValue(key, out var byName) ? byName
                : index.ByAlias.TryGetValue(key, out var byAlias) ? byAlias
                : null;
        }

        /// <summary>Finds a note by its exact project-relative path (with <c>.md</c>).</summary>
        public Note? FindByPath(string path)
        {
            if (path == null)
                throw new ArgumentNullException(nameof(path));
            return _index.ByExactPath.TryGetValue(path, out var note) ? note : null;
        }

        /// <summary>The content of <paramref name="note"/>: its payload in the <see cref="NoteContentAttribute"/> of the
        /// content field the vault's payload names for it.</summary>
        internal string ContentOf(Note note) =>
            _index.Contents.TryGetValue(note, out var content) ? content.Field.PayloadAt(content.Position)
                : throw new InvalidOperationException("The note " + note.Path + " is not in this vault; rebuild the project.");

        internal IReadOnlyList<NoteLink> BacklinksOf(Note note) =>
            _index.Backlinks.TryGetValue(note, out var links) ? links.Value : Array.Empty<NoteLink>();

        /// <summary>The array the notes were created in, whose element type is the generated note base class.</summary>
        private protected Note[] NoteArray => _index.NoteArray;

        /// <summary>An array for the notes, of the generated note base class where there is one.</summary>
        private protected virtual Note[] CreateArray(int length) => new Note[length];

        private static string WithoutExtension(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - 3) : path;

        private sealed class Index
        {
            public Index(Type rootType, Func<int, Note[]> createArray)
            {
                var attribute = NoteContentAttribute.Of(rootType);
                var reader = new PayloadReader(attribute.Payloads.Count == 1 ? attribute.Payloads[0]
                    : throw new InvalidOperationException(rootType.FullName + " has a [NoteContent] of another NoteGen version; rebuild the project."));
                // One pass over the fields: looking each up by name would scan them all per note.
                var fields = new Dictionary<string, FieldInfo>(StringComparer.Ordinal);
                foreach (var candidate in rootType.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    fields[candidate.Name] = candidate;
                var contentFields = new ContentField[reader.ReadInt()];
                for (int i = 0; i < contentFields.Length; i++)
                {
                    string field = reader.ReadString();
                    contentFields[i] = new ContentField(fields.TryGetValue(field, out var info) ? info
                        : throw new InvalidOperationException(rootType.FullName + " has no content field " + field + "; rebuild the project."));
                }

                var notes = createArray(reader.ReadInt());
                NoteArray = notes;
                Notes = Array.AsReadOnly(notes);
                var aliases = new List<string>[notes.Length];
                for (int i = 0; i < notes.Length; i++)
                {
                    string field = reader.ReadString();
                    string name = reader.ReadString();
                    string path = reader.ReadString();
                    if (!fields.TryGetValue(field, out var info) || !typeof(Note).IsAssignableFrom(info.FieldType) || info.FieldType.IsAbstract)
                        throw new InvalidOperationException(rootType.FullName + " has no note field " + field + "; rebuild the project.");
                    notes[i] = (Note)Activator.CreateInstance(info.FieldType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic,
                        null, new object[] { name, path }, null);
                    info.SetValue(null, notes[i]);
                    var contentField = contentFields[reader.ReadInt()];
                    Contents.Add(notes[i], (contentField, reader.ReadInt()));
                    aliases[i] = new List<string>();
                    for (int count = reader.ReadInt(); count > 0; count--)
                        aliases[i].Add(reader.ReadString());
                    var sources = new (int Note, int Link)[reader.ReadInt()];
                    for (int j = 0; j < sources.Length; j++)
                        sources[j] = (reader.ReadInt(), reader.ReadInt());
                    // Decoding a backlink decodes the linking note; wait until someone asks.
                    Backlinks.Add(notes[i], new Lazy<IReadOnlyList<NoteLink>>(() => Array.AsReadOnly(Array.ConvertAll(sources, s => notes[s.Note].Links[s.Link]))));
                }

                var order = new int[notes.Length];
                for (int i = 0; i < order.Length; i++)
                    order[i] = i;
                // Shortest path first, then ordinal: the first note with a name wins, as in Obsidian.
                Array.Sort(order, (a, b) => notes[a].Path.Length != notes[b].Path.Length
                    ? notes[a].Path.Length.CompareTo(notes[b].Path.Length)
                    : string.CompareOrdinal(notes[a].Path, notes[b].Path));
                foreach (int i in order)
                {
                    var note = notes[i];
                    ByExactPath[note.Path] = note;
                    TryAdd(ByPath, WithoutExtension(note.Path), note);
                    TryAdd(ByName, note.Name, note);
                    foreach (string alias in aliases[i])
                        TryAdd(ByAlias, alias, note);
                }
            }

            public Note[] NoteArray { get; }
            public IReadOnlyList<Note> Notes { get; }
            public Dictionary<string, Note> ByExactPath { get; } = new Dictionary<string, Note>(StringComparer.Ordinal);
            public Dictionary<string, Note> ByPath { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
            public Dictionary<string, Note> ByName { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
            public Dictionary<string, Note> ByAlias { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
            public Dictionary<Note, (ContentField Field, int Position)> Contents { get; } = new Dictionary<Note, (ContentField, int)>();
            public Dictionary<Note, Lazy<IReadOnlyList<NoteLink>>> Backlinks { get; } = new Dictionary<Note, Lazy<IReadOnlyList<NoteLink>>>();

            private static void TryAdd(Dictionary<string, Note> map, string key, Note note)
            {
                if (!map.ContainsKey(key))
                    map.Add(key, note);
            }
        }
    }

    /// <summary>A private field of the root class whose <see cref="NoteContentAttribute"/> holds the payloads of one
    /// generated file's notes. The attribute is held weakly: decoding a file's notes one after another usually reads
    /// it once, and it never keeps payloads alive after their notes are decoded.</summary>
    internal sealed class ContentField
    {
        private readonly FieldInfo _field;
        private readonly WeakReference<NoteContentAttribute?> _content = new WeakReference<NoteContentAttribute?>(null);

        public ContentField(FieldInfo field) => _field = field;

        public string PayloadAt(int position)
        {
            if (!_content.TryGetTarget(out var content) || content == null)
            {
                content = NoteContentAttribute.Of(_field);
                _content.SetTarget(content);
            }
            return position < content.Payloads.Count ? content.Payloads[position]
                : throw new InvalidOperationException(_field.DeclaringType!.FullName + "." + _field.Name + " has no payload " + position + "; rebuild the project.");
        }
    }

    /// <summary>A vault whose notes share the generated base class <typeparamref name="TNote"/> (with the vault's
    /// typed front matter). Called by generated code only.</summary>
    public sealed class NoteVault<TNote> : NoteVault
        where TNote : Note
    {
        private readonly Lazy<IReadOnlyList<TNote>> _notes;

        /// <inheritdoc cref="NoteVault(Type)" />
        public NoteVault(Type rootType)
            : base(rootType)
        {
            _notes = new Lazy<IReadOnlyList<TNote>>(() => Array.AsReadOnly((TNote[])NoteArray));
        }

        /// <inheritdoc />
        private protected override Note[] CreateArray(int length) => new TNote[length];

        /// <summary>Every note, ordered by path.</summary>
        public new IReadOnlyList<TNote> Notes => _notes.Value;
    }
}
