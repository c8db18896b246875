using System.Globalization;
using System.Text;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Emitting
{
    /// <summary>The one place note text becomes C# text. Nothing from a note reaches generated code without
    /// going through <see cref="Literal"/> or <see cref="XmlDoc"/>.</summary>
    internal static class CSharpText
    {
        /// <summary>A regular C# string literal for <paramref name="value"/>, valid in every C# version. Escapes
        /// quotes, backslashes, every control and format character, the line separators C# knows (U+0085,
        /// U+2028, U+2029) and lone surrogates; other text is kept as is. Ours rather than
        /// <c>SymbolDisplay.FormatLiteral</c>, whose output differs across the Roslyn versions hosts run.</summary>
        public static string Literal(string? value)
        {
            if (value == null)
                return "null";
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            AppendLiteralContent(builder, value);
            return builder.Append('"').ToString();
        }

        /// <summary>Appends <paramref name="value"/> escaped as the inside of a regular string literal (see
        /// <see cref="Literal"/>), for callers that build one literal from many pieces.</summary>
        public static void AppendLiteralContent(StringBuilder builder, string value)
        {
            // Runs of characters written as they are go in one append: note text is long.
            int run = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= ' ' && c < '\u007F' && c != '"' && c != '\\')
                    continue;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }
                if (c > '\u007F' && !RawText.NeedsEscape(c))
                    continue;
                builder.Append(value, run, i - run);
                run = i + 1;
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default: builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                }
            }
            builder.Append(value, run, value.Length - run);
        }

        /// <summary>Text for a <c>///</c> comment: XML-escaped, on one line (every line break and control character
        /// becomes a space, since U+0085, U+2028 and U+2029 end a comment line too), and cut at
        /// <paramref name="maxLength"/> characters.</summary>
        public static string XmlDoc(string value, int maxLength = 200)
        {
            var builder = new StringBuilder();
            int i = 0;
            for (; i < value.Length && builder.Length < maxLength; i++)
            {
                char c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                    continue;
                }
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(RawText.NeedsEscape(c) ? ' ' : c); break;
                }
            }
            if (i < value.Length)
                builder.Append('…'); // only when something was left out
            return builder.ToString().Trim();
        }
    }
}
