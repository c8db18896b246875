using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace NoteGen
{
    /// <summary>
    /// One Markdown note of the vault. NoteGen generates <c>VaultNote</c> deriving from this one, with typed
    /// front-matter properties; each note is a <c>VaultNote&lt;TSections&gt;</c> whose <c>Sections</c> has one field
    /// per heading. Its content is decoded lazily on first use.
    /// </summary>
#if NET8_0_OR_GREATER
    [System.Text.Json.Serialization.JsonConverter(typeof(NoteJsonConverter))]
#endif
    public abstract class Note
    {
        private readonly NoteVault _vault;
        private readonly int _entry;
        // Replaced, as a whole, when a hot reload brings a new payload (see DropDecodedContent).
        private DecodedContent _content;

        /// <summary>Called by generated code only: the initializer of a note's generated field creates the note, which
        /// registers with its vault under the payload it names (argument <paramref name="position"/> of the content
        /// field of generated file <paramref name="file"/>). The content is decoded from that payload on first use.</summary>
        /// <param name="vault">The vault of the generated root class.</param>
        /// <param name="file">The number of the generated file whose content field holds the note's payload.</param>
        /// <param name="position">The payload's position among that field's.</param>
        protected Note(NoteVault vault, int file, int position)
        {
            _vault = vault ?? throw new ArgumentNullException(nameof(vault));
            _entry = vault.Register(this, file, position);
            Name = vault.NameOf(_entry);
            Path = vault.PathOf(_entry);
            _content = new DecodedContent(Decode);
        }

        /// <summary>The file name without <c>.md</c>: what <c>[[name]]</c> links match, case-insensitively.</summary>
        public string Name { get; }

        /// <summary>The project-relative path of the file, with <c>/</c> separators.</summary>
        public string Path { get; }

        /// <summary>The front matter's <c>title</c>, else the first heading, else <see cref="Name"/>.</summary>
        public string Title
        {
            get
            {
                var content = _content;
                return content.Title ?? (content.Title = content.IsValueCreated ? content.Value.Title : ReadTitle());
            }
        }

        /// <summary>The note's Markdown after the front matter, exactly as written.</summary>
        /// <exception cref="NotSupportedException">The note was compiled by a NoteGen older than 0.10 (payload format 9),
        /// which did not keep it.</exception>
        public string Markdown => _content.Value.Markdown
            ?? throw new NotSupportedException("The note " + Path + " was compiled by an older NoteGen that did not keep its Markdown; rebuild the project with this NoteGen.");

        /// <summary>
        /// The note's body as HTML, rendered at compile time from the same parse as everything else: CommonMark with
        /// pipe tables, task lists, autolinks and footnotes; links to notes as <c>&lt;a href&gt;</c> built from
        /// <c>NoteGenLinkUrl</c> (broken ones as <c>span.broken-link</c>), headings with <see cref="Section.Anchor"/> ids,
        /// timestamps linking to the video, images from <c>NoteGenAttachmentUrl</c>, embedded notes and sections shown
        /// inside <c>div.embed</c> (a cycle of embeds stays a link), Obsidian callouts as <c>div.callout</c>. Raw HTML in
        /// the note is escaped (shown as text) unless the project sets <c>NoteGenRawHtml</c>.
        /// </summary>
        /// <exception cref="InvalidOperationException">The project sets <c>NoteGenHtml</c> to false.</exception>
        public string Html
        {
            get
            {
                var content = _content.Value;
                return content.FullHtml ?? (content.FullHtml = RenderWholeHtml(content));
            }
        }

        private string RenderWholeHtml(Content content) => RenderHtml(content, 0, HtmlOf(content, Path).Length);

        /// <summary>[start, end) of this note's HTML with its embeds filled in: a section's part of it.</summary>
        internal string RenderHtml(int start, int end) => RenderHtml(_content.Value, start, end);

        /// <summary>
        /// Copies [start, end) of the HTML, each embed in it replaced by the embedded note's or section's HTML, made
        /// afresh rather than taken from <see cref="Html"/>: what a cycle cuts depends on where the rendering started
        /// (a note embedded in itself through another stays a link there), so only the outermost result is kept.
        /// </summary>
        private string RenderHtml(Content content, int start, int end)
        {
            string html = HtmlOf(content, Path);
            var rendering = t_htmlRendering ?? (t_htmlRendering = new HashSet<Note>());
            rendering.Add(this);
            try
            {
                var builder = new System.Text.StringBuilder(end - start + content.Fills.Length * 64);
                int copied = start;
                foreach (var fill in content.Fills)
                {
                    // An embed lies inside [start, end); what is written at one point, at start or before end (at the
                    // end of the HTML, which no heading follows).
                    if (fill.Start < start || (fill.Start == fill.End ? fill.Start >= end && end < html.Length : fill.End > end))
                        continue;
                    builder.Append(html, copied, fill.Start - copied);
                    copied = fill.Start;
                    switch (fill.Kind)
                    {
                        case HtmlFill.Embed:
                            var link = content.Links[fill.Index];
                            var target = link.Note;
                            if (target == null || rendering.Contains(target))
                                break; // the link stays: embedding it here would embed a note in itself
                            builder.Append(link.Section is Section section ? section.Html : target.RenderWholeHtml(target._content.Value));
                            copied = fill.End;
                            break;
                        case HtmlFill.TimestampOpen:
                            var url = content.Timestamps[fill.Index].Url;
                            if (url == null)
                                builder.Append("<span class=\"timestamp\">");
                            else
                                builder.Append("<a class=\"timestamp\" href=\"").Append(url.OriginalString.Replace("&", "&amp;").Replace("\"", "&quot;")).Append("\">");
                            break;
                        case HtmlFill.TimestampClose:
                            builder.Append(content.Timestamps[fill.Index].Url == null ? "</span>" : "</a>");
                            break;
                        case HtmlFill.Copy:
                            builder.Append(content.Markdown, fill.Index, fill.Length);
                            break;
                    }
                }
                builder.Append(html, copied, end - copied);
                return builder.ToString();
            }
            finally
            {
                rendering.Remove(this);
            }
        }

        private static string HtmlOf(Content content, string path) => content.Html
            ?? throw new InvalidOperationException(content.Markdown == null
                ? "The note " + path + " was compiled by an older NoteGen that did not render HTML; rebuild the project with this NoteGen."
                : "The note " + path + " has no HTML: the project sets NoteGenHtml to false. Remove the setting to render notes to HTML at compile time.");

        /// <summary>The notes whose HTML this thread is rendering, to cut cycles of embeds.</summary>
        [ThreadStatic]
        private static HashSet<Note>? t_htmlRendering;

        /// <summary>Every front-matter key with its value as YAML gave it: a <see cref="string"/>, <c>null</c>,
        /// an <see cref="IReadOnlyList{T}"/> of values or an <see cref="IReadOnlyDictionary{TKey, TValue}"/>.</summary>
        public IReadOnlyDictionary<string, object?> FrontMatter => _content.Value.FrontMatter;

        /// <summary>The top-level sections, in document order.</summary>
        public SectionList Sections => _content.Value.Sections;

        /// <summary>Every section at every level, in document order.</summary>
        public IReadOnlyList<Section> AllSections => _content.Value.AllSections;

        /// <summary>Every claim of the note, sections included, in document order.</summary>
        public IReadOnlyList<Claim> Claims => _content.Value.Claims;

        /// <summary>Every timestamp of the note, in document order.</summary>
        public IReadOnlyList<Timestamp> Timestamps => _content.Value.Timestamps;

        /// <summary>Every link of the note: the body's (wiki links, embeds, Markdown links to local files; not in code)
        /// in document order, then the wiki links written in front-matter values (<see cref="NoteLink.Property"/>).</summary>
        public IReadOnlyList<NoteLink> Links => _content.Value.Links;

        /// <summary>Every link in other notes that points to this note (or one of its headings or blocks), ordered by
        /// the linking note's path, then by position. Found at compile time.</summary>
        public IReadOnlyList<NoteLink> Backlinks => _vault.BacklinksOf(_entry);

        /// <summary>The note's tags, without <c>#</c>: the front matter's <c>tags</c>, then <c>#tags</c> in the text
        /// (nested tags such as <c>area/topic</c> kept whole), each once (case-insensitively).</summary>
        public IReadOnlyList<string> Tags => _content.Value.Tags;

        /// <summary>The raw value of a front-matter key (see <see cref="FrontMatter"/>), or <c>null</c>. Generated
        /// properties use this and the typed readers below, whose types the generator inferred from every note.</summary>
        protected object? FrontMatterValue(string key) => FrontMatter.TryGetValue(key, out var value) ? value : null;

        /// <summary>A front-matter value as text, or <c>null</c> when it is missing or not a scalar.</summary>
        protected string? FrontMatterString(string key) => FrontMatterValue(key) as string;

        /// <summary>A front-matter value as <c>true</c>/<c>false</c>, or <c>null</c>.</summary>
        protected bool? FrontMatterBoolean(string key) => ReadScalar<bool>(key);

        /// <summary>A front-matter integer, or <c>null</c>.</summary>
        protected long? FrontMatterInt64(string key) => ReadScalar<long>(key);

        /// <summary>A front-matter number (integers included), or <c>null</c>.</summary>
        protected double? FrontMatterDouble(string key) => ReadScalar<double>(key);

        /// <summary>A front-matter date or date and time (ISO 8601, no offset), or <c>null</c>.</summary>
        protected DateTime? FrontMatterDateTime(string key) => ReadScalar<DateTime>(key);

        /// <summary>A front-matter date and time with offset (plain dates at offset zero), or <c>null</c>.</summary>
        protected DateTimeOffset? FrontMatterDateTimeOffset(string key) => ReadScalar<DateTimeOffset>(key);

        /// <summary>A front-matter list with each item read as <typeparamref name="T"/> (one of the types above,
        /// or <see cref="object"/>); null items are left out, and a single value is a list of one. <c>null</c> when the key
        /// is missing.</summary>
        protected IReadOnlyList<T>? FrontMatterList<T>(string key) => FrontMatterConverter.List<T>(FrontMatterValue(key))?.AsReadOnly();

        /// <summary>The link a front-matter key's value holds (<c>author: "[[Steph Ango]]"</c>), or <c>null</c>.</summary>
        protected NoteLink? FrontMatterLink(string key)
        {
            foreach (var link in Links)
                if (link.Property == key)
                    return link;
            return null;
        }

        /// <summary>The links a front-matter key's values hold, in order; <c>null</c> when the key is missing.</summary>
        protected IReadOnlyList<NoteLink>? FrontMatterLinks(string key)
        {
            if (!FrontMatter.ContainsKey(key))
                return null;
            var links = new List<NoteLink>();
            foreach (var link in Links)
                if (link.Property == key)
                    links.Add(link);
            return links.AsReadOnly();
        }

        /// <summary>For a declared schema (<see cref="NoteSchemaAttribute"/>): the value of the key that matches schema
        /// member <paramref name="member"/> (ignoring case, <c>-</c> and <c>_</c>) as <typeparamref name="T"/>, or
        /// <paramref name="fallback"/> when the note has no such key or its value does not fit (which the build
        /// reported as NG0014 or NG0015).</summary>
        protected T FrontMatterMember<T>(string member, T fallback) =>
            FrontMatterMemberValue(member, out object? raw) && FrontMatterConverter.TryScalar(raw, out T value) ? value : fallback;

        /// <summary>For a declared schema's list member (an array, <c>List&lt;T&gt;</c> or a list interface of
        /// <typeparamref name="TItem"/>): the matching key's items that fit, as <typeparamref name="TList"/>, or
        /// <paramref name="fallback"/> when the note has no such key. Interfaces get a read-only list.</summary>
        protected TList FrontMatterMemberList<TList, TItem>(string member, TList fallback)
        {
            var list = FrontMatterMemberValue(member, out object? raw) ? FrontMatterConverter.List<TItem>(raw) : null;
            return list == null ? fallback : AsList<TList, TItem>(list);
        }

        /// <summary><paramref name="list"/> as a schema's list member type: an array, the list itself, or a read-only
        /// view for the list interfaces.</summary>
        private static TList AsList<TList, TItem>(List<TItem> list) =>
            typeof(TList) == typeof(TItem[]) ? (TList)(object)list.ToArray()
            : typeof(TList) == typeof(List<TItem>) ? (TList)(object)list
            : (TList)(object)list.AsReadOnly();

        /// <summary>For a declared schema's reference member (typed as another schema, or <see cref="Note"/>): the note
        /// that the matching key's link leads to, as <typeparamref name="TNote"/>, or <c>null</c>.</summary>
        protected TNote? FrontMatterNote<TNote>(string member) where TNote : Note
        {
            foreach (var link in Links)
                if (link.Property != null && SchemaRules.KeyMatches(link.Property, member))
                    return link.Note as TNote;
            return null;
        }

        /// <summary>For a declared schema's list of references: the notes the matching key's links lead to, as
        /// <typeparamref name="TNote"/>, in order; <c>null</c> when the note has no such key.</summary>
        protected IReadOnlyList<TNote>? FrontMatterNotes<TNote>(string member) where TNote : Note
        {
            if (!FrontMatterMemberValue(member, out _))
                return null;
            var notes = new List<TNote>();
            foreach (var link in Links)
                if (link.Property != null && SchemaRules.KeyMatches(link.Property, member) && link.Note is TNote note)
                    notes.Add(note);
            return notes.AsReadOnly();
        }

        /// <summary>For a declared schema's <c>Data</c>: the <paramref name="data"/> of each of <paramref name="notes"/>
        /// (their own <c>Data</c>) as <typeparamref name="TList"/>, or <paramref name="fallback"/> when there is no list.
        /// A note whose <c>Data</c> is being made (a cycle of references back to it) is left out.</summary>
        protected static TList DataList<TList, TNote, TData>(IReadOnlyList<TNote>? notes, Func<TNote, TData> data, TList fallback) where TNote : Note
        {
            if (notes == null)
                return fallback;
            var list = new List<TData>(notes.Count);
            foreach (var note in notes)
            {
                if (t_dataMaking?.Contains(note) == true)
                    t_dataCuts++;
                else
                    list.Add(data(note));
            }
            return AsList<TList, TData>(list);
        }

        /// <summary>
        /// For a declared schema's <c>Data</c>: made by <paramref name="create"/> and kept in <paramref name="cache"/>.
        /// Records cannot hold a cycle, so in a cycle of references (a book whose author lists the book) the
        /// reference back to a note whose <c>Data</c> is being made is cut: left out of a list, the type's default for
        /// a single member. A <c>Data</c> made inside another's is kept only if no cut fell inside it (otherwise it is
        /// made again when asked for directly), so what an app asks for first is as complete as a record can be.
        /// </summary>
        protected TData DataOf<TData>(ref object? cache, Func<TData> create)
        {
            var content = _content;
            if (MadeFrom(cache, content) is TData made)
                return made;
            var making = t_dataMaking ?? (t_dataMaking = new HashSet<Note>());
            if (!making.Add(this))
            {
                t_dataCuts++;
                return default!;
            }
            int cutsBefore = t_dataCuts;
            try
            {
                var value = create();
                if (making.Count > 1 && t_dataCuts != cutsBefore)
                    return value;
                // Kept unless another thread kept one from this content first; one made from older content is replaced.
                object? seen = cache;
                if (MadeFrom(seen, content) == null)
                    Interlocked.CompareExchange(ref cache, new DataCache(content, value), seen);
                return MadeFrom(cache, content) is TData kept ? kept : value;
            }
            finally
            {
                making.Remove(this);
            }
        }

        /// <summary>The <c>Data</c> in <paramref name="cache"/> if it was made from <paramref name="content"/>.</summary>
        private static object? MadeFrom(object? cache, DecodedContent content) =>
            cache is DataCache data && data.Content == content ? data.Value : null;

        /// <summary>Called after a hot reload, when the note's payload may have changed: everything decoded from it
        /// (content, title, <c>Data</c>) is decoded again when next used.</summary>
        internal void DropDecodedContent() => _content = new DecodedContent(Decode);

        /// <summary>The notes whose <c>Data</c> this thread is making, outermost first, and how many references back
        /// to them it has cut (see <see cref="DataOf"/>).</summary>
        [ThreadStatic]
        private static HashSet<Note>? t_dataMaking;

        [ThreadStatic]
        private static int t_dataCuts;

        /// <summary>Creates the note's <see cref="Sections"/> when its content is decoded: a <see cref="SectionList"/>,
        /// or the generated outline class with one field per top-level heading. Generated code only.</summary>
        protected abstract SectionList CreateSections();

        /// <summary>The value of the first key that matches schema member <paramref name="member"/>.</summary>
        private bool FrontMatterMemberValue(string member, out object? value)
        {
            foreach (var pair in FrontMatter)
                if (SchemaRules.KeyMatches(pair.Key, member))
                {
                    value = pair.Value;
                    return true;
                }
            value = null;
            return false;
        }

        private T? ReadScalar<T>(string key) where T : struct => FrontMatterConverter.TryScalar(FrontMatterValue(key), out T value) ? value : (T?)null;

        /// <inheritdoc />
        public override string ToString() => Title;

        private string ReadTitle()
        {
            var reader = new PayloadReader(_vault.ContentOf(_entry));
            switch (reader.Format)
            {
                case 9:
                case 10:
                case 11:
                    return reader.ReadString();
                default:
                    throw reader.Unsupported(Path);
            }
        }

        private Content Decode()
        {
            var reader = new PayloadReader(_vault.ContentOf(_entry));
            switch (reader.Format)
            {
                case 9:
                case 10:
                case 11:
                    return Decode(ref reader);
                default:
                    throw reader.Unsupported(Path);
            }
        }

        /// <summary>Decodes a payload of format 9, 10 or 11 (see <see cref="PayloadFormat"/>: 10 adds the Markdown, the
        /// HTML and its embeds, and per section its anchor and HTML range, and stores a claim's Markdown as a range; 11
        /// deflates what follows the title).</summary>
        private Content Decode(ref PayloadReader reader)
        {
            bool format10 = reader.Format >= 10;
            string title = reader.ReadString();
            reader.InflateRest();
            var frontMatter = reader.ReadValue() as IReadOnlyDictionary<string, object?> ?? ReadOnlyDictionary.Empty;
            string? videoUrlTemplate = reader.ReadNullableString();
            string? markdown = format10 ? reader.ReadString() : null;
            string? html = format10 ? reader.ReadNullableString() : null;
            var fills = new Fill[format10 ? reader.ReadInt() : 0];
            for (int i = 0; i < fills.Length; i++)
            {
                var kind = (HtmlFill)reader.ReadInt();
                int at = reader.ReadInt();
                int end = kind == HtmlFill.Embed ? reader.ReadInt() : at;
                int index = reader.ReadInt();
                fills[i] = new Fill(kind, at, end, index, kind == HtmlFill.Copy ? reader.ReadInt() : 0);
            }

            // A section's parent comes before it, so the object that holds its field exists when it is made.
            var topLevel = CreateSections();
            var sections = new Section[reader.ReadInt()];
            var parents = new int[sections.Length];
            for (int i = 0; i < sections.Length; i++)
            {
                string heading = reader.ReadString();
                int level = reader.ReadInt();
                int line = reader.ReadInt();
                parents[i] = reader.ReadInt();
                string? field = reader.ReadNullableString();
                string? anchor = format10 ? reader.ReadString() : null;
                int htmlStart = format10 ? reader.ReadInt() : 0;
                int htmlEnd = format10 ? reader.ReadInt() : 0;
                sections[i] = field == null ? new Section()
                    : parents[i] < 0 ? SectionFields.Create(topLevel, field, Path) : SectionFields.Create(sections[parents[i]], field, Path);
                sections[i].Initialize(this, heading, level, line, parents[i] < 0 ? null : sections[parents[i]], anchor, htmlStart, htmlEnd);
            }

            var timestamps = new Timestamp[reader.ReadInt()];
            for (int i = 0; i < timestamps.Length; i++)
            {
                string label = reader.ReadString();
                int seconds = reader.ReadInt();
                int line = reader.ReadInt();
                int column = reader.ReadInt();
                timestamps[i] = new Timestamp(label, TimeSpan.FromSeconds(seconds), VideoUrl(videoUrlTemplate, seconds), line, column);
            }

            var links = new NoteLink[reader.ReadInt()];
            for (int i = 0; i < links.Length; i++)
            {
                string target = reader.ReadString();
                string? subpath = reader.ReadNullableString();
                string? alias = reader.ReadNullableString();
                int kind = reader.ReadInt();
                int line = reader.ReadInt();
                int column = reader.ReadInt();
                string? path = reader.ReadNullableString();
                int section = reader.ReadInt();
                var state = (LinkState)reader.ReadInt();
                links[i] = new NoteLink(this, _vault, target, subpath, alias, (LinkKind)kind, line, column, path, section, state, reader.ReadNullableString());
            }

            var claims = new Claim[reader.ReadInt()];
            var claimSections = new int[claims.Length];
            for (int i = 0; i < claims.Length; i++)
            {
                claimSections[i] = reader.ReadInt();
                int line = reader.ReadInt();
                string text = reader.ReadString();
                string claimMarkdown = format10 ? markdown!.Substring(reader.ReadInt(), reader.ReadInt()) : reader.ReadString();
                var claimLinks = Slice(links, reader.ReadInt(), reader.ReadInt());
                var claimTimestamps = Slice(timestamps, reader.ReadInt(), reader.ReadInt());
                claims[i] = new Claim(text, claimMarkdown, line, claimSections[i] < 0 ? null : sections[claimSections[i]], claimLinks, claimTimestamps);
            }

            // Sections are in document order, so each section's descendants are the run of sections after it
            // with a deeper level; claims are in document order too, so a section's claims are the run of claims
            // whose section lies in that range. Both are found in one pass.
            var children = new List<Section>[sections.Length + 1];
            for (int i = 0; i < children.Length; i++)
                children[i] = new List<Section>();
            for (int i = 0; i < sections.Length; i++)
                children[parents[i] + 1].Add(sections[i]);
            topLevel.SetSections(children[0].AsReadOnly());

            var firstClaim = new int[sections.Length + 1];
            for (int s = 0, c = 0; s <= sections.Length; s++)
            {
                while (c < claims.Length && claimSections[c] < s)
                    c++;
                firstClaim[s] = c;
            }
            var lastDescendant = new int[sections.Length];
            for (int i = sections.Length - 1; i >= 0; i--)
            {
                int last = i;
                while (last + 1 < sections.Length && sections[last + 1].Level > sections[i].Level)
                    last = lastDescendant[last + 1];
                lastDescendant[i] = last;
            }
            for (int i = 0; i < sections.Length; i++)
            {
                var subsections = new SectionList();
                subsections.SetSections(children[i + 1].AsReadOnly());
                sections[i].SetContent(
                    subsections,
                    Slice(claims, firstClaim[i], firstClaim[lastDescendant[i] + 1] - firstClaim[i]),
                    Slice(claims, firstClaim[i], firstClaim[i + 1] - firstClaim[i]));
            }

            var tags = new string[reader.ReadInt()];
            for (int i = 0; i < tags.Length; i++)
                tags[i] = reader.ReadString();

            return new Content(title, frontMatter, topLevel, sections, claims, timestamps, links, tags, markdown, html, fills);
        }

        private static Uri? VideoUrl(string? template, int seconds) =>
            template == null ? null : new Uri(template.Replace("{seconds}", seconds.ToString(CultureInfo.InvariantCulture)));

        /// <summary>A read-only copy of items[start, start + count): callers cannot cast it back and mutate it.</summary>
        private static IReadOnlyList<T> Slice<T>(T[] items, int start, int count)
        {
            var slice = new T[count];
            Array.Copy(items, start, slice, 0, count);
            return Array.AsReadOnly(slice);
        }

        /// <summary>The note's content, decoded on first use, and its title once read (without decoding the rest).</summary>
        private sealed class DecodedContent : Lazy<Content>
        {
            public DecodedContent(Func<Content> decode)
                : base(decode)
            {
            }

            public string? Title;
        }

        /// <summary>A <c>Data</c> value and the decoded content it was made from.</summary>
        private sealed class DataCache
        {
            public DataCache(DecodedContent content, object? value)
            {
                Content = content;
                Value = value;
            }

            public DecodedContent Content { get; }
            public object? Value { get; }
        }

        private sealed class Content
        {
            public Content(string title, IReadOnlyDictionary<string, object?> frontMatter, SectionList sections, Section[] allSections,
                Claim[] claims, Timestamp[] timestamps, NoteLink[] links, string[] tags, string? markdown, string? html, Fill[] fills)
            {
                Markdown = markdown;
                Html = html;
                Fills = fills;
                Title = title;
                FrontMatter = frontMatter;
                Sections = sections;
                AllSections = Array.AsReadOnly(allSections);
                Claims = Array.AsReadOnly(claims);
                Timestamps = Array.AsReadOnly(timestamps);
                Links = Array.AsReadOnly(links);
                Tags = Array.AsReadOnly(tags);
            }

            public string Title { get; }
            public IReadOnlyDictionary<string, object?> FrontMatter { get; }
            public SectionList Sections { get; }
            public IReadOnlyList<Section> AllSections { get; }
            public IReadOnlyList<Claim> Claims { get; }
            public IReadOnlyList<Timestamp> Timestamps { get; }
            public IReadOnlyList<NoteLink> Links { get; }
            public IReadOnlyList<string> Tags { get; }

            /// <summary>Null for a format 9 payload, which did not hold it.</summary>
            public string? Markdown { get; }

            /// <summary>The HTML with each embed's link in place; null when HTML is off or the payload is format 9.</summary>
            public string? Html { get; }

            public Fill[] Fills { get; }

            /// <summary>The HTML with embeds filled in, once made outside any other note's embed (see
            /// <see cref="Html"/>).</summary>
            public string? FullHtml;
        }

        /// <summary>What the runtime writes at [Start, End) of the HTML (see <see cref="HtmlFill"/>).</summary>
        private readonly struct Fill
        {
            public Fill(HtmlFill kind, int start, int end, int index, int length)
            {
                Kind = kind;
                Start = start;
                End = end;
                Index = index;
                Length = length;
            }

            public HtmlFill Kind { get; }
            public int Start { get; }
            public int End { get; }
            public int Index { get; }
            public int Length { get; }
        }
    }
}
