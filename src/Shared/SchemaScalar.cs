using System;
using System.Globalization;

namespace NoteGen
{
    /// <summary>The member types a declared schema (<c>[NoteSchema]</c>) can have, lists aside.</summary>
    internal enum SchemaScalar
    {
        String,
        Boolean,
        Int32,
        Int64,
        Single,
        Double,
        Decimal,
        DateTime,
        DateOnly,
        DateTimeOffset,
        Enum,
        Object,
        /// <summary>A link to a note: one following another declared schema, or any note (<c>NoteGen.Note</c>).
        /// Checked and read through the note's links, not as text.</summary>
        Reference,
    }

    /// <summary>
    /// How a front-matter value reads as a schema member. Compiled into both the generator, which reports values
    /// that do not fit, and the runtime library, which converts them, so a note that builds without errors reads
    /// without surprises.
    /// </summary>
    internal static class SchemaRules
    {
        /// <summary>Whether front-matter <paramref name="key"/> is the one for schema member <paramref name="member"/>:
        /// equal ignoring case, '-' and '_' (<c>VideoId</c> reads <c>videoId</c>, <c>video_id</c>, <c>video-id</c>).</summary>
        public static bool KeyMatches(string key, string member) => string.Equals(KeyOf(key), KeyOf(member), StringComparison.Ordinal);

        /// <summary>The form keys and member names compare in.</summary>
        public static string KeyOf(string name)
        {
            var chars = new char[name.Length];
            int length = 0;
            foreach (char c in name)
                if (c != '-' && c != '_')
                    chars[length++] = char.ToLowerInvariant(c);
            return new string(chars, 0, length);
        }

        /// <summary>
        /// Reads scalar text as <paramref name="kind"/>, or returns null when it does not fit: numbers, dates and
        /// booleans follow <see cref="FrontMatterScalar"/> (quoted or not: at run time quoting is gone, so the build
        /// accepts what the run reads). A date-only member takes a plain date; a date with offset also takes a
        /// date (at offset zero). Enum and object members get the text back (enum names are checked by the caller).
        /// </summary>
        public static object? Read(string text, SchemaScalar kind)
        {
            switch (kind)
            {
                case SchemaScalar.String:
                case SchemaScalar.Enum:
                case SchemaScalar.Object:
                    return text;
                case SchemaScalar.Boolean:
                    return FrontMatterScalar.TryBoolean(text, out bool boolean) ? boolean : (object?)null;
                case SchemaScalar.Int32:
                    return FrontMatterScalar.TryInt64(text, out long small) && small >= int.MinValue && small <= int.MaxValue ? (int)small : (object?)null;
                case SchemaScalar.Int64:
                    return FrontMatterScalar.TryInt64(text, out long integer) ? integer : (object?)null;
                case SchemaScalar.Single:
                    return ReadNumber(text) is double single && !float.IsInfinity((float)single) ? (float)single : (object?)null;
                case SchemaScalar.Double:
                    return ReadNumber(text);
                case SchemaScalar.Decimal:
                    return ReadNumber(text) != null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal money) ? money : (object?)null;
                case SchemaScalar.DateTime:
                    return FrontMatterScalar.TryDateTime(text, out var dateTime) ? dateTime : (object?)null;
                case SchemaScalar.DateOnly:
                    return text.Length == 10 && FrontMatterScalar.TryDateTime(text, out var date) ? date : (object?)null;
                case SchemaScalar.DateTimeOffset:
                    return FrontMatterScalar.TryDateTimeOffset(text, out var offset) ? offset
                        : FrontMatterScalar.TryDateTime(text, out var plain) ? new DateTimeOffset(DateTime.SpecifyKind(plain, DateTimeKind.Unspecified), TimeSpan.Zero) : (object?)null;
                default:
                    return null;
            }
        }

        /// <summary>An integer or a decimal number, as a double.</summary>
        private static object? ReadNumber(string text) =>
            FrontMatterScalar.TryInt64(text, out long integer) ? (double)integer
            : FrontMatterScalar.TryDouble(text, out double number) ? number : (object?)null;
    }
}
