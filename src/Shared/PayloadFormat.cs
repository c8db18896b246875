using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace NoteGen
{
    /// <summary>
    /// The text format in which generated code carries a vault's content: one payload per note and one for the vault,
    /// strings in <c>[NoteContent]</c> attribute arguments. Compiled into both the generator (which writes payloads)
    /// and the runtime library (which reads them), so the two cannot disagree on a token, a kind or a state.
    /// </summary>
    /// <remarks>
    /// Grammar of format 11 (<see cref="Current"/>):
    /// <code>
    /// int     := ['-'] digits ','
    /// string  := digits ':' chars        exactly that many UTF-16 chars
    /// nstring := '~' | string
    /// value   := 'n' | 's' string | 'l' int value* | 'm' int (string value)*
    /// header  := digits '|'              the format version
    /// payload := header string(title) deflated(body)                                        a note's
    /// body    := value(front matter) nstring(video URL template with {seconds})
    ///            string(markdown after the front matter) nstring(html, '~' when HTML is off)
    ///            int (int fill, int at, [int end,] int index, [int length])*                 fills of the html, in order:
    ///                                                                                         end for an embed, length
    ///                                                                                         for a copy
    ///            int (string heading, int level, int line, int parent, nstring field,
    ///                 string anchor, int htmlStart, int htmlEnd)*                             sections
    ///            int (string label, int seconds, int line, int column)*                       timestamps
    ///            int (string target, nstring subpath, nstring alias, int kind, int line, int column,
    ///                 nstring path, int section, int state, nstring property)*                links: the body's,
    ///                                                                                         then the front matter's
    ///            int (int section, int line, string text, int markdownStart, int markdownLength,
    ///                 int firstLink, int linkCount, int firstTimestamp, int timestampCount)*  claims
    ///            int string*                                                                  tags
    /// vault   := header deflated(int (int file, string field)*                               content fields
    ///            int (string name, string path, int contentField, int position,
    ///                 int aliasCount string* int backlinkCount (int note, int link)*)*)         per note, in path order
    /// deflated(text) := base64(deflate(utf8(text)))   raw deflate (RFC 1951); unpaired surrogates as their own
    ///                                                 three bytes, so every string survives (see <see cref="Deflate"/>)
    /// kind    := <see cref="LinkKind"/>     state := <see cref="LinkState"/>     fill := <see cref="HtmlFill"/>
    /// </code>
    /// Format 10 is format 11 with every token written out as it is, none deflated. Format 9 had no markdown, html
    /// or fills, no anchor and html range per section, and a claim's markdown as a string in place of its start and
    /// length.
    /// A note's title stays readable (the generated code shows which note a payload is, and a list of titles does not
    /// inflate every note); the rest is deflated because it is most of an app's assembly, which apps that run in a
    /// browser download, and most of the code the compiler parses and keeps.
    /// A note's generated field names its payload by file and position (<c>_content0042</c>'s third argument is
    /// file 42, position 2), which the vault payload maps to the note's entry.
    /// </remarks>
    internal static class PayloadFormat
    {
        /// <summary>The format this generator writes and the newest this runtime reads. A change to the grammar,
        /// the kinds or the states after a release is a new version: the runtime keeps reading every released
        /// one (see <c>tests/NoteGen.Tests/Payloads</c>).</summary>
        public const int Current = 11;

        /// <summary>The oldest format this runtime reads: the first a released package wrote.</summary>
        public const int Oldest = 9;

        public const char VersionEnd = '|';
        public const char IntEnd = ',';
        public const char LengthEnd = ':';
        public const char NullString = '~';
        public const char NullValue = 'n';
        public const char ScalarValue = 's';
        public const char ListValue = 'l';
        public const char MapValue = 'm';

        /// <summary>The header that starts every payload of <see cref="Current"/>.</summary>
        public static readonly string Header = Current.ToString(CultureInfo.InvariantCulture) + VersionEnd;

        /// <summary>The first format whose body is deflated (see <see cref="Deflate"/>).</summary>
        public const int FirstDeflated = 11;

        /// <summary>The header of a payload written out in full, when a project turns deflating off: format 10, which is
        /// <see cref="Current"/> without deflation.</summary>
        public static readonly string PlainHeader = (FirstDeflated - 1).ToString(CultureInfo.InvariantCulture) + VersionEnd;

        /// <summary>The format version a payload starts with and where its body begins, or -1 when it has no header.</summary>
        public static int VersionOf(string payload, out int bodyStart)
        {
            int end = payload.IndexOf(VersionEnd);
            bodyStart = end + 1;
            return end > 0 && end <= 9 && int.TryParse(payload.Substring(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out int version)
                ? version : -1;
        }

        /// <summary>The largest scratch buffer (in bytes or chars) kept for the next payload or note.</summary>
        public const int KeptScratch = 1 << 20;

        [ThreadStatic] private static MemoryStream? t_deflated;
        [ThreadStatic] private static byte[]? t_utf8;

        /// <summary><paramref name="text"/> deflated and in base64, which a C# string literal holds as it is. Encoded as
        /// UTF-8 except that an unpaired surrogate is encoded on its own (three bytes, as if it were a code point), where
        /// <see cref="System.Text.Encoding.UTF8"/> would replace it: notes may hold them, and nothing of a note is lost.</summary>
        public static string Deflate(string text)
        {
            // One buffer and one output stream per thread: a vault's payloads are deflated one after another.
            var output = t_deflated ??= new MemoryStream();
            output.SetLength(0);
            using (var deflater = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                var buffer = t_utf8 ??= new byte[3 * 8192];
                int length = 0;
                for (int i = 0; i < text.Length; i++)
                {
                    int c = text[i];
                    if (c < 0x80)
                        buffer[length++] = (byte)c;
                    else if (c < 0x800)
                    {
                        buffer[length++] = (byte)(0xC0 | c >> 6);
                        buffer[length++] = (byte)(0x80 | c & 0x3F);
                    }
                    else if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        int code = char.ConvertToUtf32((char)c, text[++i]);
                        buffer[length++] = (byte)(0xF0 | code >> 18);
                        buffer[length++] = (byte)(0x80 | code >> 12 & 0x3F);
                        buffer[length++] = (byte)(0x80 | code >> 6 & 0x3F);
                        buffer[length++] = (byte)(0x80 | code & 0x3F);
                    }
                    else
                    {
                        buffer[length++] = (byte)(0xE0 | c >> 12);
                        buffer[length++] = (byte)(0x80 | c >> 6 & 0x3F);
                        buffer[length++] = (byte)(0x80 | c & 0x3F);
                    }
                    if (length > buffer.Length - 4)
                    {
                        deflater.Write(buffer, 0, length);
                        length = 0;
                    }
                }
                deflater.Write(buffer, 0, length);
            }
            string base64 = Convert.ToBase64String(output.GetBuffer(), 0, (int)output.Length);
            if (output.Capacity > KeptScratch)
                t_deflated = null; // a compiler server lives long: keep no huge note's buffer
            return base64;
        }

        /// <summary>The text that <see cref="Deflate"/> made <paramref name="payload"/>'s characters from
        /// <paramref name="start"/> on.</summary>
        public static string Inflate(string payload, int start)
        {
            byte[] deflated = Convert.FromBase64String(payload.Substring(start));
            var bytes = new MemoryStream(deflated.Length * 4);
            using (var inflater = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress))
                inflater.CopyTo(bytes);
            byte[] b = bytes.GetBuffer();
            int end = (int)bytes.Length;
            var chars = new char[end];
            int length = 0;
            for (int i = 0; i < end; i++)
            {
                int first = b[i];
                if (first < 0x80)
                    chars[length++] = (char)first;
                else if (first < 0xE0)
                    chars[length++] = (char)((first & 0x1F) << 6 | b[++i] & 0x3F);
                else if (first < 0xF0)
                {
                    chars[length++] = (char)((first & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F);
                    i += 2;
                }
                else
                {
                    int code = (first & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | b[i + 3] & 0x3F;
                    i += 3;
                    chars[length++] = (char)(0xD800 + ((code - 0x10000) >> 10));
                    chars[length++] = (char)(0xDC00 + ((code - 0x10000) & 0x3FF));
                }
            }
            return new string(chars, 0, length);
        }

        /// <summary>Why this runtime cannot read a payload of <paramref name="version"/>, or null when it can.</summary>
        public static string? Unreadable(int version) =>
            version < 0 ? "it is not a NoteGen payload"
            : version > Current ? "it was written by a newer NoteGen (payload format " + version.ToString(CultureInfo.InvariantCulture)
                + ") than this NoteGen library reads (formats " + Oldest.ToString(CultureInfo.InvariantCulture) + " to "
                + Current.ToString(CultureInfo.InvariantCulture) + "); update the application's NoteGen package"
            : version < Oldest ? "it was written by a pre-release NoteGen (payload format " + version.ToString(CultureInfo.InvariantCulture)
                + ") that no released NoteGen library reads; rebuild it with a released NoteGen package"
            : null;
    }

    /// <summary>What kind of link a payload's link is.</summary>
    internal enum LinkKind
    {
        /// <summary><c>[[target|alias]]</c></summary>
        WikiLink = 0,
        /// <summary><c>![[target]]</c></summary>
        WikiEmbed = 1,
        /// <summary><c>[text](url)</c></summary>
        MarkdownLink = 2,
        /// <summary><c>![alt](url)</c></summary>
        MarkdownImage = 3,
    }

    /// <summary>What the runtime writes into a note's HTML where the payload says: what depends on other notes or
    /// is cheaper to make at run time than to carry.</summary>
    internal enum HtmlFill
    {
        /// <summary>html[start, end) is a link to an embedded note or section (index: the link), which that note's or
        /// section's HTML replaces unless embeds cycle.</summary>
        Embed = 0,
        /// <summary>At start, a timestamp (index) opens: a link to the video at its second (a span without a video).</summary>
        TimestampOpen = 1,
        /// <summary>At start, the timestamp (index) closes.</summary>
        TimestampClose = 2,
        /// <summary>At start, the Markdown's [index, index + length): text that reads the same in both.</summary>
        Copy = 3,
    }

    /// <summary>What the build found at a link's target.</summary>
    internal enum LinkState
    {
        /// <summary>The target (and its heading or block) exists.</summary>
        Resolved = 0,
        /// <summary>Something is missing; a diagnostic was reported.</summary>
        Broken = 1,
        /// <summary>A file the project lists no attachments to check against.</summary>
        Unchecked = 2,
    }
}
