using System.Globalization;

namespace NoteGen.Generator.Model
{
    /// <summary>What note text may not carry raw into generated code or diagnostic messages.</summary>
    internal static class RawText
    {
        /// <summary>Characters never written raw into generated code or messages: control and format characters,
        /// line and paragraph separators (U+0085 is a control character) and surrogates (callers keep valid pairs).</summary>
        public static bool NeedsEscape(char c)
        {
            if (c >= ' ' && c < '\u007F')
                return false; // printable ASCII, nearly all of a note: no Unicode lookup
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category == UnicodeCategory.Control || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator
                || category == UnicodeCategory.Surrogate;
        }
    }
}
