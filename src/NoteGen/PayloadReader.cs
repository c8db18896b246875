using System;
using System.Collections.Generic;
using System.Globalization;

namespace NoteGen
{
    /// <summary>
    /// Reads the compact text the generator emits for a note's content (one string per note instead of one
    /// constructor call per claim, which keeps compile time proportional to the vault).
    /// </summary>
    /// <remarks>
    /// Grammar (written by the generator's <c>PayloadWriter</c>; keep the two in step):
    /// <code>
    /// int     := ['-'] digits ','
    /// string  := digits ':' chars        exactly that many UTF-16 chars
    /// nstring := '~' | string
    /// value   := 'n' | 's' string | 'l' int value* | 'm' int (string value)*
    /// payload := "8|" string(title) value(front matter) nstring(video URL template with {seconds})
    ///            int (string heading, int level, int line, int parent, nstring field)*        sections
    ///            int (string label, int seconds, int line, int column)*                       timestamps
    ///            int (string target, nstring subpath, nstring alias, int kind, int line, int column,
    ///                 nstring path, int section, int state)*                                  links
    ///            int (int section, int line, string text, string markdown,
    ///                 int firstLink, int linkCount, int firstTimestamp, int timestampCount)*  claims
    ///            int string*                                                                  tags
    /// vault   := "8|" int string*                                                             content fields
    ///            int (string field, string name, string path, int contentField, int position,
    ///                 int aliasCount string* int backlinkCount (int note, int link)*)*          per note, in path order
    /// kind    := 0 wiki link | 1 embed | 2 Markdown link | 3 Markdown image
    /// state   := 0 resolved | 1 broken | 2 not checked
    /// </code>
    /// </remarks>
    internal struct PayloadReader
    {
        private const string Version = "8|";
        private readonly string _text;
        private int _position;

        public PayloadReader(string text)
        {
            if (!text.StartsWith(Version, StringComparison.Ordinal))
                throw new FormatException("Unknown NoteGen payload version; rebuild the project with the NoteGen package that matches the NoteGen library.");
            _text = text;
            _position = Version.Length;
        }

        /// <summary>The title of a note's payload, its first item, without decoding the rest.</summary>
        public static string Title(string payload) => new PayloadReader(payload).ReadString();

        public int ReadInt()
        {
            int end = _text.IndexOf(',', _position);
            int value = int.Parse(_text.Substring(_position, end - _position), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            _position = end + 1;
            return value;
        }

        public string ReadString()
        {
            int colon = _text.IndexOf(':', _position);
            int length = int.Parse(_text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture);
            string value = _text.Substring(colon + 1, length);
            _position = colon + 1 + length;
            return value;
        }

        public string? ReadNullableString()
        {
            if (_text[_position] == '~')
            {
                _position++;
                return null;
            }
            return ReadString();
        }

        public object? ReadValue()
        {
            char tag = _text[_position++];
            switch (tag)
            {
                case 'n':
                    return null;
                case 's':
                    return ReadString();
                case 'l':
                {
                    var items = new object?[ReadInt()];
                    for (int i = 0; i < items.Length; i++)
                        items[i] = ReadValue();
                    return new System.Collections.ObjectModel.ReadOnlyCollection<object?>(items);
                }
                case 'm':
                {
                    int count = ReadInt();
                    var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
                    for (int i = 0; i < count; i++)
                    {
                        string key = ReadString();
                        map[key] = ReadValue();
                    }
                    return new ReadOnlyDictionary(map);
                }
                default:
                    throw new FormatException("Corrupt NoteGen payload at " + (_position - 1).ToString(CultureInfo.InvariantCulture) + ".");
            }
        }
    }
}
