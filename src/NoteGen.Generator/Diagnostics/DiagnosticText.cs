using System.Globalization;
using System.Text;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Diagnostics
{
    /// <summary>Makes note text safe to print in a diagnostic message: control, format and line-breaking
    /// characters and lone surrogates become <c>\uXXXX</c>, and long text is cut.</summary>
    internal static class DiagnosticText
    {
        private const int MaxLength = 120;

        public static string Printable(string text)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                if (builder.Length >= MaxLength)
                {
                    builder.Append('…');
                    break;
                }
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                    continue;
                }
                if (RawText.NeedsEscape(c))
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else
                    builder.Append(c);
            }
            return builder.ToString();
        }
    }
}
