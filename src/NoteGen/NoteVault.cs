using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Threading;

namespace NoteGen
{
    /// <summary>The notes of one vault with the lookups generated code needs. Made by generated code only
    /// (<see cref="NoteVault{TNote}.Of"/>).</summary>
    /// <remarks>
    /// The generated root class carries the vault's payload in its <see cref="NoteContentAttribute"/>: the content
    /// fields that hold the notes' payloads, then per note its name, path, aliases and backlinks (found at compile
    /// time). Each note is created by the initializer of its generated field, which names its payload (content field
    /// and position); the note registers with the vault under that payload's entry. The vault's lookups are built
    /// when first used, after the root class is initialized, so every note is there.
    /// </remarks>
    public class NoteVault
    {
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)]
        private readonly Type _rootType;
        private readonly string _root;
        private readonly Dictionary<long, int> _entryByPayload = new Dictionary<long, int>();
        private readonly Note[] _notes;
        // Replaced, never changed, when a hot reload brings new payloads (see DropDecodedContent).
        private Entry[] _entries;
        private Lazy<Index> _index;

        /// <param name="rootType">The generated root class.</param>
        /// <param name="createArray">Makes the array of the notes, of the generated note base class.</param>
        private protected NoteVault([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type rootType, Func<int, Note[]> createArray)
        {
            if (rootType == null)
                throw new ArgumentNullException(nameof(rootType));
            _rootType = rootType;
            _root = rootType.FullName ?? rootType.Name;
            _entries = ReadEntries();
            for (int i = 0; i < _entries.Length; i++)
                _entryByPayload[PayloadKey(_entries[i].File, _entries[i].Position)] = i;
            _notes = createArray(_entries.Length);
            _index = new Lazy<Index>(() => new Index(this));
#if NET
            HotReload.Track(this);
#endif
        }

        /// <summary>Every note, ordered by path.</summary>
        public IReadOnlyList<Note> Notes => _index.Value.Notes;

        /// <summary>Finds a note by file name (without <c>.md</c>), path or front-matter alias, case-insensitively,
        /// as a wiki link from the vault root would: an exact path first, else the shortest path with that name,
        /// else the shortest path with that alias.</summary>
        public Note? Find(string name)
        {
            if (name == null)
                throw new ArgumentNullException(nameof(name));
            string key = WithoutExtension(name);
            var index = _index.Value;
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
            return _index.Value.ByExactPath.TryGetValue(path, out var note) ? note : null;
        }

        /// <summary>The array the notes are registered in, whose element type is the generated note base class.</summary>
        private protected Note[] NoteArray => _index.Value.NoteArray;

        /// <summary>Registers <paramref name="note"/>, created by the initializer of its generated field, under the
        /// entry of the payload it names (the content field of generated file <paramref name="file"/>, argument
        /// <paramref name="position"/>), and returns the entry's number.</summary>
        internal int Register(Note note, int file, int position)
        {
            if (!_entryByPayload.TryGetValue(PayloadKey(file, position), out int entry))
                throw new InvalidOperationException(_root + " has no note with payload " + position + " of file " + file + "; its generated files disagree. Rebuild the project.");
            if (_notes[entry] != null)
                throw new InvalidOperationException("The note " + _entries[entry].Path + " of " + _root + " was created twice.");
            _notes[entry] = note;
            return entry;
        }

        internal string NameOf(int entry) => _entries[entry].Name;

        internal string PathOf(int entry) => _entries[entry].Path;

        /// <summary>The payload of note <paramref name="entry"/>, read from its content field's attribute.</summary>
        internal string ContentOf(int entry) => _entries[entry].Content.PayloadAt(_entries[entry].Position);

        internal IReadOnlyList<NoteLink> BacklinksOf(int entry) => _index.Value.Backlinks[entry].Value;

        /// <summary>
        /// After a hot reload: reads the vault's payload again and, if it still has the same notes (same paths, same
        /// payloads), forgets everything decoded from the old payloads (the notes' content, the backlinks), so that
        /// the notes are decoded again from their new payloads when next used. A reader meanwhile sees the old
        /// content or the new. A vault whose notes were added, removed or renamed keeps what it has: the fields of
        /// such notes come and go only when the app restarts.
        /// </summary>
        internal void DropDecodedContent()
        {
            var entries = ReadEntries();
            if (entries.Length != _entries.Length)
                return;
            for (int i = 0; i < entries.Length; i++)
                if (entries[i].File != _entries[i].File || entries[i].Position != _entries[i].Position || entries[i].Path != _entries[i].Path)
                    return;
            _entries = entries;
            _index = new Lazy<Index>(() => new Index(this));
            foreach (var note in _notes)
                note?.DropDecodedContent();
        }

        private Entry[] ReadEntries()
        {
            var payloads = NoteContentAttribute.Of(_rootType).Payloads;
            var reader = new PayloadReader(payloads.Count == 1 ? payloads[0] : "");
            switch (reader.Format)
            {
                case 9:
                case 10: // the vault's part of format 10 is format 9's
                case 11: // and of format 11, deflated
                    reader.InflateRest();
                    return ReadEntries(ref reader, _rootType);
                default:
                    throw reader.Unsupported(_root);
            }
        }

        private static long PayloadKey(int file, int position) => ((long)file << 32) | (uint)position;

        private static string WithoutExtension(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - 3) : path;

        private static Entry[] ReadEntries(ref PayloadReader reader, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type rootType)
        {
            var contents = new (int File, ContentField Field)[reader.ReadInt()];
            for (int i = 0; i < contents.Length; i++)
            {
                int file = reader.ReadInt();
                string name = reader.ReadString();
                contents[i] = (file, new ContentField(rootType.GetField(name, BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    ?? throw new InvalidOperationException(rootType.FullName + " has no content field " + name + "; rebuild the project.")));
            }

            var entries = new Entry[reader.ReadInt()];
            for (int i = 0; i < entries.Length; i++)
            {
                string name = reader.ReadString();
                string path = reader.ReadString();
                var content = contents[reader.ReadInt()];
                int position = reader.ReadInt();
                var aliases = new string[reader.ReadInt()];
                for (int a = 0; a < aliases.Length; a++)
                    aliases[a] = reader.ReadString();
                var backlinks = new (int Note, int Link)[reader.ReadInt()];
                for (int b = 0; b < backlinks.Length; b++)
                    backlinks[b] = (reader.ReadInt(), reader.ReadInt());
                entries[i] = new Entry(name, path, content.File, content.Field, position, aliases, backlinks);
            }
            return entries;
        }

        /// <summary>What the vault's payload says of one note.</summary>
        private sealed class Entry
        {
            public Entry(string name, string path, int file, ContentField content, int position, string[] aliases, (int Note, int Link)[] backlinks)
            {
                Name = name;
                Path = path;
                File = file;
                Content = content;
                Position = position;
                Aliases = aliases;
                Backlinks = backlinks;
            }

            public string Name { get; }
            public string Path { get; }
            public int File { get; }
            public ContentField Content { get; }
            public int Position { get; }
            public string[] Aliases { get; }
            public (int Note, int Link)[] Backlinks { get; }
        }

        /// <summary>The lookups, built once every note is registered.</summary>
        private sealed class Index
        {
            public Index(NoteVault vault)
            {
                var notes = vault._notes;
                var entries = vault._entries;
                for (int i = 0; i < notes.Length; i++)
                    if (notes[i] == null)
                        throw new InvalidOperationException("The note " + entries[i].Path + " of " + vault._root + " was not created by its generated field; rebuild the project.");
                NoteArray = notes;
                Notes = Array.AsReadOnly(notes);
                Backlinks = new Lazy<IReadOnlyList<NoteLink>>[notes.Length];
                for (int i = 0; i < notes.Length; i++)
                {
                    var sources = entries[i].Backlinks;
                    // Decoding a backlink decodes the linking note; wait until someone asks.
                    Backlinks[i] = new Lazy<IReadOnlyList<NoteLink>>(() => Array.AsReadOnly(Array.ConvertAll(sources, s => notes[s.Note].Links[s.Link])));
                }

                var order = new int[notes.Length];
                for (int i = 0; i < order.Length; i++)
                    order[i] = i;
                // Shortest path first, then ordinal: the first note with a name wins, as in Obsidian.
                Array.Sort(order, (a, b) => entries[a].Path.Length != entries[b].Path.Length
                    ? entries[a].Path.Length.CompareTo(entries[b].Path.Length)
                    : string.CompareOrdinal(entries[a].Path, entries[b].Path));
                foreach (int i in order)
                {
                    var note = notes[i];
                    ByExactPath[note.Path] = note;
                    TryAdd(ByPath, WithoutExtension(note.Path), note);
                    TryAdd(ByName, note.Name, note);
                    foreach (string alias in entries[i].Aliases)
                        TryAdd(ByAlias, alias, note);
                }
            }

            public Note[] NoteArray { get; }
            public IReadOnlyList<Note> Notes { get; }
            public Lazy<IReadOnlyList<NoteLink>>[] Backlinks { get; }
            public Dictionary<string, Note> ByExactPath { get; } = new Dictionary<string, Note>(StringComparer.Ordinal);
            public Dictionary<string, Note> ByPath { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
            public Dictionary<string, Note> ByName { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);
            public Dictionary<string, Note> ByAlias { get; } = new Dictionary<string, Note>(StringComparer.OrdinalIgnoreCase);

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
    /// typed front matter). Made by generated code only.</summary>
    public sealed class NoteVault<TNote> : NoteVault
        where TNote : Note
    {
        private readonly Lazy<IReadOnlyList<TNote>> _notes;

        private NoteVault([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type rootType)
            : base(rootType, length => new TNote[length])
        {
            _notes = new Lazy<IReadOnlyList<TNote>>(() => Array.AsReadOnly((TNote[])NoteArray));
        }

        /// <summary>Every note, ordered by path.</summary>
        public new IReadOnlyList<TNote> Notes => _notes.Value;

        /// <summary>The vault of the generated root class <paramref name="rootType"/>, kept in <paramref name="vault"/>:
        /// made on first use, which is while the root class is initialized (its first note's field initializer), or the
        /// first call to <c>All</c> or <c>Find</c> of a vault without notes.</summary>
        /// <param name="vault">The root class's field for its vault, <c>null</c> until the vault is made.</param>
        /// <param name="rootType">The generated root class. Everything in it is kept when the app is trimmed: the
        /// content fields, whose attributes hold the notes' payloads, and the typed-section classes nested in it, whose
        /// fields a note sets when its content is decoded (see <see cref="Note.Sections"/>).</param>
        public static NoteVault<TNote> Of(ref NoteVault<TNote>? vault, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type rootType) =>
            vault ?? Interlocked.CompareExchange(ref vault, new NoteVault<TNote>(rootType), null) ?? vault!;
    }
}
