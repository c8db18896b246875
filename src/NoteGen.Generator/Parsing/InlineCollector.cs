using System;
using System.Collections.Generic;
using Markdig.Syntax.Inlines;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Parsing
{
    /// <summary>
    /// Turns inlines into plain text while recording, in document order, every link and timestamp of the note.
    /// Claims are the ranges of those lists that were appended while the claim was open.
    /// </summary>
    internal sealed class InlineCollector
    {
        private readonly string _filePath;
        private readonly LineMap _lines;
        private readonly List<DiagnosticInfo> _diagnostics;

        public InlineCollector(string filePath, LineMap lines, List<DiagnosticInfo> diagnostics)
        {
            _filePath = filePath;
            _lines = lines;
            _diagnostics = diagnostics;
        }

        public List<ParsedLink> Links { get; } = new List<ParsedLink>();
        public List<ParsedTimestamp> Timestamps { get; } = new List<ParsedTimestamp>();
        public List<string> Tags { get; } = new List<string>();
        public List<ParsedBlockId> BlockIds { get; } = new List<ParsedBlockId>();

        /// <summary>The index in <see cref="Links"/> of the link whose inline starts at a source offset: how the HTML
        /// renderer, walking the same tree, finds which link it is writing.</summary>
        public Dictionary<int, int> LinkAt { get; } = new Dictionary<int, int>();

        /// <summary>The index in <see cref="Timestamps"/> of the timestamp whose anchor starts at a source offset.</summary>
        public Dictionary<int, int> TimestampAt { get; } = new Dictionary<int, int>();

        /// <summary>The index of the section being read, or -1 before the first heading; block ids belong to it.</summary>
        public int Section { get; set; } = -1;

        /// <summary>Appends the plain text of <paramref name="inline"/> to <paramref name="draft"/>.</summary>
        public void Append(Inline inline, ClaimDraft draft)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    draft.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                    break;
                case WikiLinkInline link:
                    SplitTarget(link.Target, decode: false, out string pathPart, out string? subpath);
                    LinkAt[link.Span.Start] = Links.Count;
                    Links.Add(new ParsedLink(link.Target, pathPart, subpath, link.Alias, link.IsEmbed ? LinkKind.WikiEmbed : LinkKind.WikiLink,
                        _lines.Location(link.Span.Start, link.Span.End + 1)));
                    draft.Append(link.DisplayText);
                    break;
                case LinkInline link when IsLocalUrl(link.Url):
                    AddMarkdownLink(link, draft);
                    break;
                case TagInline tag:
                    Tags.Add(tag.Tag);
                    draft.Append("#" + tag.Tag);
                    break;
                case BlockIdInline blockId:
                    BlockIds.Add(new ParsedBlockId(blockId.Id, Section, blockId.Line + 1));
                    break;
                case TimestampInline timestamp:
                    AddTimestamp(timestamp);
                    break;
                case CodeInline code:
                    draft.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    draft.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    draft.Append(autolink.Url);
                    break;
                case LineBreakInline _:
                    draft.Append(" ");
                    return;
                case HtmlInline _:
                    return;
                case DelimiterInline delimiter:
                    // An unmatched '[' or '*' that Markdig kept as a delimiter: it is text.
                    draft.Append(delimiter.ToLiteral());
                    for (var child = delimiter.FirstChild; child != null; child = child.NextSibling)
                        Append(child, draft);
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child != null; child = child.NextSibling)
                        Append(child, draft);
                    break;
            }
            draft.Covers(inline.Span.Start, inline.Span.End + 1);
        }

        /// <summary>Records a Markdown link or image to a local file; its text (an image's alt text) is its alias.</summary>
        private void AddMarkdownLink(LinkInline link, ClaimDraft draft)
        {
            string url = link.Url!;
            SplitTarget(url, decode: true, out string pathPart, out string? subpath);
            int index = Links.Count;
            LinkAt[link.Span.Start] = index;
            Links.Add(new ParsedLink(url, pathPart, subpath, null, link.IsImage ? LinkKind.MarkdownImage : LinkKind.MarkdownLink,
                _lines.Location(link.Span.Start, link.Span.End + 1)));
            int textStart = draft.Length;
            for (var child = link.FirstChild; child != null; child = child.NextSibling)
                Append(child, draft);
            string text = draft.TextFrom(textStart).Trim();
            if (text.Length > 0)
                Links[index] = Links[index] with { Alias = text };
        }

        /// <summary>True for a URL with no scheme (<c>other.md</c>, <c>../a%20b.md#x</c>, <c>#heading</c>): a link into
        /// the vault. <c>https:</c>, <c>mailto:</c> and the like are external and not checked.</summary>
        internal static bool IsLocalUrl(string? url)
        {
            if (string.IsNullOrWhiteSpace(url) || url!.Trim() == "#")
                return false; // "[top](#)" is a link to nowhere in particular, not a heading

            for (int i = 0; i < url!.Length; i++)
            {
                char c = url[i];
                if (c == ':')
                    return i == 0;
                bool schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'));
                if (!schemeChar)
                    return true;
            }
            return true;
        }

        /// <summary>Splits a link target at its first '#' into the path and the heading or block part, trimmed;
        /// Markdown URLs are percent-decoded.</summary>
        internal static void SplitTarget(string target, bool decode, out string pathPart, out string? subpath)
        {
            int hash = target.IndexOf('#');
            pathPart = Decode(hash < 0 ? target : target.Substring(0, hash), decode).Trim();
            subpath = hash < 0 ? null : Decode(target.Substring(hash + 1), decode).Trim();
        }

        private static string Decode(string text, bool decode)
        {
            // Invalid escapes ("100%") are left as written.
            return decode && text.IndexOf('%') >= 0 ? System.Uri.UnescapeDataString(text) : text;
        }

        private void AddTimestamp(TimestampInline timestamp)
        {
            var location = _lines.Location(timestamp.Span.Start, timestamp.Span.End + 1);
            int seconds = Seconds(timestamp.Value);
            if (seconds < 0)
            {
                _diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MalformedTimestamp, _filePath, location, timestamp.Value));
                return;
            }
            TimestampAt[timestamp.Span.Start] = Timestamps.Count;
            Timestamps.Add(new ParsedTimestamp(timestamp.Value, seconds, location.Line + 1, location.Column + 1));
        }

        /// <summary>Seconds of "H:MM:SS" (1–5 hour digits) or "M:SS" / "MM:SS", minutes and seconds below 60;
        /// -1 for anything else.</summary>
        internal static int Seconds(string value)
        {
            string[] parts = value.Split(':');
            if (parts.Length < 2 || parts.Length > 3)
                return -1;
            int hours = parts.Length == 3 ? Number(parts[0], 1, 5, int.MaxValue) : 0;
            int minutes = Number(parts[parts.Length - 2], parts.Length == 3 ? 2 : 1, 2, 60);
            int seconds = Number(parts[parts.Length - 1], 2, 2, 60);
            return hours < 0 || minutes < 0 || seconds < 0 ? -1 : hours * 3600 + minutes * 60 + seconds;
        }

        /// <summary>The ASCII digits of <paramref name="text"/> as a number below <paramref name="limit"/>; -1 when
        /// it is not minDigits–maxDigits digits or not below the limit.</summary>
        private static int Number(string text, int minDigits, int maxDigits, int limit)
        {
            if (text.Length < minDigits || text.Length > maxDigits)
                return -1;
            int value = 0;
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                    return -1;
                value = value * 10 + (c - '0');
            }
            return value < limit ? value : -1;
        }
    }

    /// <summary>
    /// A claim being built: its raw text and the source range it covers. One draft is reused for every claim and
    /// heading of a note (<see cref="Reset"/>), and its text lives in plain arrays: a builder per claim, and the copies
    /// that reading it back made, were most of what parsing allocated besides Markdig's own tree.
    /// </summary>
    internal sealed class ClaimDraft
    {
        private char[] _text = new char[256];
        private char[] _plain = new char[256];

        public int FirstLink { get; private set; }
        public int FirstTimestamp { get; private set; }
        public int Start { get; private set; } = -1;
        public int End { get; private set; } = -1;

        /// <summary>The length of the raw text so far.</summary>
        public int Length { get; private set; }

        /// <summary>Starts a new claim whose links and timestamps begin at these indexes.</summary>
        public ClaimDraft Reset(int firstLink, int firstTimestamp)
        {
            FirstLink = firstLink;
            FirstTimestamp = firstTimestamp;
            Start = End = -1;
            Length = 0;
            return this;
        }

        public void Append(string text) => Append(text, 0, text.Length);

        public void Append(string text, int start, int length)
        {
            Reserve(length);
            text.CopyTo(start, _text, Length, length);
            Length += length;
        }

        public void Append(char c)
        {
            Reserve(1);
            _text[Length++] = c;
        }

        /// <summary>The raw text appended since <paramref name="start"/> (a <see cref="Length"/>).</summary>
        public string TextFrom(int start) => new string(_text, start, Length - start);

        /// <summary>Extends the source range to include [start, end).</summary>
        public void Covers(int start, int end)
        {
            if (start < 0 || end <= start)
                return;
            if (Start < 0 || start < Start)
                Start = start;
            if (end > End)
                End = end;
        }

        /// <summary>The last word of the text so far (after the last whitespace).</summary>
        public string LastWord()
        {
            int start = Length;
            while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
                start--;
            return new string(_text, start, Length - start);
        }

        /// <summary>The plain text: whitespace collapsed, no space before <c>.,;:!?</c>, trimmed.</summary>
        public string PlainText()
        {
            if (_plain.Length < Length)
                _plain = new char[_text.Length];
            int length = 0;
            bool space = false;
            for (int i = 0; i < Length; i++)
            {
                char c = _text[i];
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    space = length > 0;
                    continue;
                }
                if (space && ".,;:!?".IndexOf(c) < 0)
                    _plain[length++] = ' ';
                space = false;
                _plain[length++] = c;
            }
            // Separators left between citations ("customers <a…>, <a…>.") end up before the period: drop them.
            int kept = 0;
            for (int i = 0; i < length; i++)
            {
                if (_plain[i] == ',' || _plain[i] == ';')
                {
                    int next = i + 1;
                    while (next < length && (_plain[next] == ',' || _plain[next] == ';'))
                        next++;
                    if (next == length || ".!?".IndexOf(_plain[next]) >= 0)
                    {
                        i = next - 1;
                        continue;
                    }
                }
                _plain[kept++] = _plain[i];
            }
            return new string(_plain, 0, kept);
        }

        private void Reserve(int more)
        {
            if (Length + more > _text.Length)
                Array.Resize(ref _text, Math.Max(_text.Length * 2, Length + more));
        }
    }
}
