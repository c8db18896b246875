using System.Globalization;
using System.Reflection;
using System.Text;

namespace NoteGen.StageTests.Runtime;

/// <summary>
/// A vault built at test time, in the shape generated code has: a root type whose <c>[NoteContent]</c> holds the vault
/// payload and whose private static content fields hold the notes' payloads (here a <see cref="TypeDelegator"/> and
/// field stand-ins, so payloads need not be constants), and one note per entry created by the test, as a generated
/// field initializer would. The payloads can be swapped, as hot reload does.
/// </summary>
internal sealed class TestVault
{
    private NoteVault<TestNote>? _vault;

    public TestVault(string vaultPayload, params (string Name, string[] Payloads)[] contentFields)
    {
        Root = new RootType(vaultPayload, contentFields.Select(f => new ContentFieldStub(f.Name, f.Payloads)).ToArray());
    }

    public RootType Root { get; }

    public NoteVault<TestNote> Vault => NoteVault<TestNote>.Of(ref _vault, Root);

    /// <summary>A vault of notes written with <see cref="PayloadText"/>, all in content field 0 of file 0, with the
    /// notes created in payload order.</summary>
    public static NoteVault<TestNote> Of(params TestEntry[] entries) => Of(10, entries);

    public static NoteVault<TestNote> Of(int format, params TestEntry[] entries) => Build(format, entries).Vault;

    public static TestVault Build(int format, params TestEntry[] entries)
    {
        var vault = new TestVault(VaultPayload(format, entries), ("_content0", entries.Select(e => e.Payload).ToArray()));
        for (int i = 0; i < entries.Length; i++)
            entries[i].Create(vault.Vault, 0, i);
        return vault;
    }

    public static string VaultPayload(int format, params TestEntry[] entries)
    {
        var p = new PayloadText(format).Deflated().Int(1).Int(0).Str("_content0").Int(entries.Length);
        for (int i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            p.Str(e.Name).Str(e.Path).Int(0).Int(i).Int(e.Aliases.Length);
            foreach (string alias in e.Aliases)
                p.Str(alias);
            p.Int(e.Backlinks.Length);
            foreach (var (note, link) in e.Backlinks)
                p.Int(note).Int(link);
        }
        return p.ToString();
    }

    /// <summary>The generated root class's stand-in: its attribute and its content fields.</summary>
    internal sealed class RootType(string payload, ContentFieldStub[] fields) : TypeDelegator(typeof(RootType))
    {
        /// <summary>The attribute's arguments: the vault payload (generated code always has exactly one).</summary>
        public string[] Payloads { get; set; } = [payload];

        public ContentFieldStub[] Fields { get; } = fields;

        public override string FullName => "Test.Notes";

        public override object[] GetCustomAttributes(Type attributeType, bool inherit) =>
            attributeType == typeof(NoteContentAttribute) ? new Attribute[] { new NoteContentAttribute(Payloads) } : Array.Empty<Attribute>();

        public override FieldInfo? GetField(string name, BindingFlags bindingAttr) =>
            bindingAttr == (BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly) ? Fields.FirstOrDefault(f => f.Name == name) : null;
    }

    /// <summary>A content field's stand-in: only its attribute is read.</summary>
    internal sealed class ContentFieldStub(string name, string[] payloads) : FieldInfo
    {
        /// <summary>The attribute's arguments; null for a field without the attribute.</summary>
        public string[] Payloads { get; set; } = payloads;
        public int Reads { get; private set; }
        public override string Name => name;
        public override Type? DeclaringType => typeof(RootType);
        public override Type? ReflectedType => DeclaringType;
        public override Type FieldType => typeof(byte);
        public override FieldAttributes Attributes => FieldAttributes.Private | FieldAttributes.Static;
        public override RuntimeFieldHandle FieldHandle => throw new NotSupportedException();
        public override object? GetValue(object? obj) => (byte)0;
        public override void SetValue(object? obj, object? value, BindingFlags invokeAttr, Binder? binder, CultureInfo? culture) => throw new NotSupportedException();
        public override bool IsDefined(Type attributeType, bool inherit) => attributeType == typeof(NoteContentAttribute);
        public override object[] GetCustomAttributes(bool inherit) => GetCustomAttributes(typeof(Attribute), inherit);

        public override object[] GetCustomAttributes(Type attributeType, bool inherit)
        {
            Reads++;
            return attributeType.IsAssignableFrom(typeof(NoteContentAttribute)) && Payloads != null ? new Attribute[] { new NoteContentAttribute(Payloads) } : Array.Empty<Attribute>();
        }
    }
}

/// <summary>One note of a <see cref="TestVault"/>: what the vault payload says of it, its own payload, and how it is
/// created (its class decides its <see cref="Note.Sections"/>).</summary>
internal sealed record TestEntry(string Path, string Payload, string[] Aliases, (int Note, int Link)[] Backlinks, Func<NoteVault, int, int, Note> Create)
{
    public TestEntry(string path, string payload, params string[] aliases)
        : this(path, payload, aliases, Array.Empty<(int, int)>(), (v, f, p) => new TestNote(v, f, p))
    {
    }

    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public TestEntry WithBacklinks(params (int Note, int Link)[] backlinks) => this with { Backlinks = backlinks };

    public TestEntry As<TSections>() where TSections : SectionList, new() => this with { Create = (v, f, p) => new TestNote<TSections>(v, f, p) };
}

/// <summary>A note class as NoteGen generates one, with the protected readers generated properties use made public.</summary>
internal class TestNote(NoteVault vault, int file, int position) : Note(vault, file, position)
{
    protected override SectionList CreateSections() => new();

    public object? Value(string key) => FrontMatterValue(key);
    public string? String(string key) => FrontMatterString(key);
    public bool? Boolean(string key) => FrontMatterBoolean(key);
    public long? Int64(string key) => FrontMatterInt64(key);
    public double? Double(string key) => FrontMatterDouble(key);
    public DateTime? DateTime(string key) => FrontMatterDateTime(key);
    public DateTimeOffset? DateTimeOffset(string key) => FrontMatterDateTimeOffset(key);
    public IReadOnlyList<T>? List<T>(string key) => FrontMatterList<T>(key);
    public NoteLink? Link(string key) => FrontMatterLink(key);
    public IReadOnlyList<NoteLink>? LinksOf(string key) => FrontMatterLinks(key);
    public T Member<T>(string member, T fallback) => FrontMatterMember(member, fallback);
    public TList MemberList<TList, TItem>(string member, TList fallback) => FrontMatterMemberList<TList, TItem>(member, fallback);
    public TNote? MemberNote<TNote>(string member) where TNote : Note => FrontMatterNote<TNote>(member);
    public IReadOnlyList<TNote>? MemberNotes<TNote>(string member) where TNote : Note => FrontMatterNotes<TNote>(member);
    public TData Data<TData>(ref object? cache, Func<TData> create) => DataOf(ref cache, create);
    public static TList DataListOf<TList, TNote, TData>(IReadOnlyList<TNote>? notes, Func<TNote, TData> data, TList fallback) where TNote : Note =>
        DataList(notes, data, fallback);
}

internal sealed class TestNote<TSections>(NoteVault vault, int file, int position) : TestNote(vault, file, position)
    where TSections : SectionList, new()
{
    public new TSections Sections => (TSections)base.Sections;

    protected override SectionList CreateSections() => new TSections();
}

/// <summary>Writes payload tokens (see the grammar on PayloadFormat in src/Shared), for payloads written by hand.</summary>
internal sealed class PayloadText
{
    private readonly StringBuilder _text = new();
    private readonly int _format;
    private int _deflatedFrom = -1;

    public PayloadText(int format)
    {
        _format = format;
        _text.Append(format.ToString(CultureInfo.InvariantCulture)).Append('|');
    }

    /// <summary>Where, from format 11 on, the deflated part starts: after a note's title, after the vault's header.</summary>
    public PayloadText Deflated()
    {
        if (_format >= 11)
            _deflatedFrom = _text.Length;
        return this;
    }

    public PayloadText Int(int value)
    {
        _text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
        return this;
    }

    public PayloadText Str(string? value)
    {
        if (value == null)
            _text.Append('~');
        else
            _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        return this;
    }

    /// <summary>A front-matter value: null, text, a list or a map (of key/value pairs).</summary>
    public PayloadText Value(object? value)
    {
        switch (value)
        {
            case null:
                _text.Append('n');
                break;
            case string text:
                _text.Append('s');
                Str(text);
                break;
            case (string, object?)[] map:
                _text.Append('m');
                Int(map.Length);
                foreach (var (key, item) in map)
                    Str(key).Value(item);
                break;
            case object?[] list:
                _text.Append('l');
                Int(list.Length);
                foreach (var item in list)
                    Value(item);
                break;
            default:
                throw new ArgumentException("not a front-matter value", nameof(value));
        }
        return this;
    }

    public PayloadText Raw(string text)
    {
        _text.Append(text);
        return this;
    }

    public override string ToString() => _deflatedFrom < 0 ? _text.ToString()
        : _text.ToString(0, _deflatedFrom) + PayloadFormat.Deflate(_text.ToString(_deflatedFrom, _text.Length - _deflatedFrom));
}

/// <summary>A note's payload in format 10 (or 11, deflated), written by hand from its parts (see the grammar on PayloadFormat).</summary>
internal sealed class NotePayload
{
    public int Format { get; init; } = 10;
    public string Title { get; init; } = "Untitled";
    public (string Key, object? Value)[] FrontMatter { get; init; } = [];
    public string? VideoUrlTemplate { get; init; }
    public string Markdown { get; init; } = "";
    public string? Html { get; init; } = "";
    public List<(HtmlFillKind Kind, int At, int End, int Index, int Length)> Fills { get; init; } = [];
    public List<(string Heading, int Level, int Line, int Parent, string? Field, string Anchor, int HtmlStart, int HtmlEnd)> Sections { get; init; } = [];
    public List<(string Label, int Seconds, int Line, int Column)> Timestamps { get; init; } = [];
    public List<(string Target, string? Subpath, string? Alias, int Kind, int Line, int Column, string? Path, int Section, int State, string? Property)> Links { get; init; } = [];
    public List<(int Section, int Line, string Text, int MarkdownStart, int MarkdownLength, int FirstLink, int LinkCount, int FirstTimestamp, int TimestampCount)> Claims { get; init; } = [];
    public string[] Tags { get; init; } = [];

    public override string ToString()
    {
        var p = new PayloadText(Format).Str(Title).Deflated().Value(FrontMatter).Str(VideoUrlTemplate).Str(Markdown).Str(Html).Int(Fills.Count);
        foreach (var f in Fills)
        {
            p.Int((int)f.Kind).Int(f.At);
            if (f.Kind == HtmlFillKind.Embed)
                p.Int(f.End);
            p.Int(f.Index);
            if (f.Kind == HtmlFillKind.Copy)
                p.Int(f.Length);
        }
        p.Int(Sections.Count);
        foreach (var s in Sections)
            p.Str(s.Heading).Int(s.Level).Int(s.Line).Int(s.Parent).Str(s.Field).Str(s.Anchor).Int(s.HtmlStart).Int(s.HtmlEnd);
        p.Int(Timestamps.Count);
        foreach (var t in Timestamps)
            p.Str(t.Label).Int(t.Seconds).Int(t.Line).Int(t.Column);
        p.Int(Links.Count);
        foreach (var l in Links)
            p.Str(l.Target).Str(l.Subpath).Str(l.Alias).Int(l.Kind).Int(l.Line).Int(l.Column).Str(l.Path).Int(l.Section).Int(l.State).Str(l.Property);
        p.Int(Claims.Count);
        foreach (var c in Claims)
            p.Int(c.Section).Int(c.Line).Str(c.Text).Int(c.MarkdownStart).Int(c.MarkdownLength).Int(c.FirstLink).Int(c.LinkCount).Int(c.FirstTimestamp).Int(c.TimestampCount);
        p.Int(Tags.Length);
        foreach (string tag in Tags)
            p.Str(tag);
        return p.ToString();
    }

    /// <summary>A wiki link in the front matter (kind 0, resolved) to <paramref name="path"/>, or broken when null.</summary>
    public static (string, string?, string?, int, int, int, string?, int, int, string?) PropertyLink(string property, string target, string? path) =>
        (target, null, null, 0, 2, 1, path, -1, path == null ? 1 : 0, property);
}

/// <summary>The fills of PayloadFormat's grammar (HtmlFill in src/Shared), by number.</summary>
internal enum HtmlFillKind
{
    Embed = 0,
    TimestampOpen = 1,
    TimestampClose = 2,
    Copy = 3,
}
