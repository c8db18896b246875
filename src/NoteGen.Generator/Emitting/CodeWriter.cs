using System;
using System.Text;

namespace NoteGen.Generator.Emitting
{
    /// <summary>Writes indented C# lines.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        /// <param name="indent">The starting indentation level, for text that another writer places inside its own.</param>
        public CodeWriter(int indent = 0)
        {
            _indent = indent;
        }

        /// <summary>Appends text that is already indented and ends with a line break.</summary>
        public CodeWriter Raw(string text)
        {
            _builder.Append(text);
            return this;
        }

        public CodeWriter Line(string text = "")
        {
            if (text.Length > 0)
                _builder.Append(' ', _indent * 4).Append(text);
            _builder.Append('\n');
            return this;
        }

        /// <summary>Appends one line whose text <paramref name="write"/> appends to the file's own builder: a payload
        /// line, most of a file, is then not built as a string and copied.</summary>
        public CodeWriter Line(Func<StringBuilder, StringBuilder> write)
        {
            write(_builder.Append(' ', _indent * 4)).Append('\n');
            return this;
        }

        public CodeWriter Open(string text)
        {
            Line(text).Line("{");
            _indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _builder.ToString();
    }
}
