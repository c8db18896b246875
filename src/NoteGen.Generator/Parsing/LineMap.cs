using System.Collections.Generic;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Parsing
{
    /// <summary>Maps character offsets of a note to 0-based lines and columns. Lines end at "\r\n", "\n" or "\r",
    /// as in CommonMark (and so as Markdig and editors count them).</summary>
    internal sealed class LineMap
    {
        private readonly List<int> _lineStarts = new List<int> { 0 };
        private readonly int _length;

        public LineMap(string text)
        {
            _length = text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                if (c == '\r' || c == '\n')
                    _lineStarts.Add(i + 1);
            }
        }

        public (int Line, int Column) Position(int offset)
        {
            int line = _lineStarts.BinarySearch(offset);
            if (line < 0)
                line = ~line - 1;
            return (line, offset - _lineStarts[line]);
        }

        /// <summary>The offset where 0-based <paramref name="line"/> starts, or the end of the text past the last line.</summary>
        public int LineStart(int line) => line < _lineStarts.Count ? _lineStarts[line] : _length;

        /// <summary>The location of [start, end) (end exclusive).</summary>
        public TextLocation Location(int start, int end)
        {
            var (line, column) = Position(start);
            var (endLine, endColumn) = Position(end);
            return new TextLocation(start, end - start, line, column, endLine, endColumn);
        }
    }
}
