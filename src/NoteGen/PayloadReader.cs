using System;
using System.Collections.Generic;
using System.Globalization;

namespace NoteGen
{
    /// <summary>
    /// Reads the tokens of a payload in <see cref="PayloadFormat"/> (one string per note instead of one constructor
    /// call per claim, which keeps compile time proportional to the vault). What the tokens mean depends on the
    /// payload's <see cref="Format"/>, which the decoders (<see cref="Note"/>, <see cref="NoteVault"/>) dispatch on.
    /// </summary>
    internal struct PayloadReader
    {
        private string _text;
        private int _position;

        public PayloadReader(string text)
        {
            _text = text;
            Format = PayloadFormat.VersionOf(text, out _position);
        }

        /// <summary>The format version the payload starts with; -1 when it has none.</summary>
        public int Format { get; }

        /// <summary>The exception for a payload whose <see cref="Format"/> this library does not decode, naming what
        /// it belongs to (<paramref name="owner"/>: a note's path, or the root class).</summary>
        public NotSupportedException Unsupported(string owner) =>
            new NotSupportedException("NoteGen cannot read the content of " + owner + ": "
                + (PayloadFormat.Unreadable(Format) ?? "payload format " + Format.ToString(CultureInfo.InvariantCulture) + " has no decoder in this NoteGen library") + ".");

        /// <summary>From a payload of format 11 on, what follows the title (a note's) or the header (the vault's) is
        /// deflated: reads on in its inflated text. Nothing for earlier formats, whose text is all there.</summary>
        public void InflateRest()
        {
            if (Format < PayloadFormat.FirstDeflated)
                return;
            _text = PayloadFormat.Inflate(_text, _position);
            _position = 0;
        }

        public int ReadInt()
        {
            int end = _text.IndexOf(PayloadFormat.IntEnd, _position);
            int value = int.Parse(_text.Substring(_position, end - _position), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            _position = end + 1;
            return value;
        }

        public string ReadString()
        {
            int colon = _text.IndexOf(PayloadFormat.LengthEnd, _position);
            int length = int.Parse(_text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture);
            string value = _text.Substring(colon + 1, length);
            _position = colon + 1 + length;
            return value;
        }

        public string? ReadNullableString()
        {
            if (_text[_position] == PayloadFormat.NullString)
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
                case PayloadFormat.NullValue:
                    return null;
                case PayloadFormat.ScalarValue:
                    return ReadString();
                case PayloadFormat.ListValue:
                {
                    var items = new object?[ReadInt()];
                    for (int i = 0; i < items.Length; i++)
                        items[i] = ReadValue();
                    return new System.Collections.ObjectModel.ReadOnlyCollection<object?>(items);
                }
                case PayloadFormat.MapValue:
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
