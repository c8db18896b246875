using System;
using System.Globalization;

namespace NoteGen
{
    /// <summary>The types NoteGen reads front-matter values as.</summary>
    internal enum ScalarKind
    {
        /// <summary>No value (YAML null), or an empty list's elements: fits any type.</summary>
        None,
        String,
        Boolean,
        Int64,
        Double,
        DateTime,
        DateTimeOffset,
        /// <summary>A map, or values of different shapes: exposed as the raw value.</summary>
        Object,
        /// <summary>One wiki link (<c>"[[Steph Ango]]"</c>): exposed as the <c>NoteLink</c> the note's links hold for
        /// it. The generator infers it; the runtime reads the link from <c>Note.Links</c>.</summary>
        Link,
    }

    /// <summary>
    /// How a plain (unquoted) YAML scalar reads as a typed value, following YAML 1.2's core schema plus ISO 8601
    /// dates. Compiled into both the generator (which infers types) and the runtime library (which converts values),
    /// so the two always agree.
    /// </summary>
    internal static class FrontMatterScalar
    {
        private static readonly string[] s_dateTimeFormats =
        {
            "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
            "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        };

        private static readonly string[] s_dateTimeOffsetFormats =
        {
            "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
            "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        };

        /// <summary>The type a plain scalar reads as.</summary>
        public static ScalarKind Classify(string value) =>
            TryBoolean(value, out _) ? ScalarKind.Boolean
            : TryInt64(value, out _) ? ScalarKind.Int64
            : TryDouble(value, out _) ? ScalarKind.Double
            : TryDateTime(value, out _) ? ScalarKind.DateTime
            : TryDateTimeOffset(value, out _) ? ScalarKind.DateTimeOffset
            : ScalarKind.String;

        public static bool TryBoolean(string value, out bool result)
        {
            result = value == "true" || value == "True" || value == "TRUE";
            return result || value == "false" || value == "False" || value == "FALSE";
        }

        public static bool TryInt64(string value, out long result)
        {
            result = 0;
            int digits = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
            if (digits == value.Length)
                return false;
            for (int i = digits; i < value.Length; i++)
                if (value[i] < '0' || value[i] > '9')
                    return false;
            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
        }

        /// <summary>Decimal numbers with a point or an exponent ("4.5", "1e3", "-.5"); not ".inf" or ".nan".</summary>
        public static bool TryDouble(string value, out double result)
        {
            result = 0;
            bool digit = false;
            foreach (char c in value)
            {
                if (c >= '0' && c <= '9')
                    digit = true;
                else if ("+-.eE".IndexOf(c) < 0)
                    return false;
            }
            return digit && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && !double.IsInfinity(result);
        }

        /// <summary>An ISO 8601 date, or date and time without an offset.</summary>
        public static bool TryDateTime(string value, out DateTime result) =>
            DateTime.TryParseExact(value, s_dateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out result);

        /// <summary>An ISO 8601 date and time with an offset or 'Z'.</summary>
        public static bool TryDateTimeOffset(string value, out DateTimeOffset result) =>
            DateTimeOffset.TryParseExact(value, s_dateTimeOffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);
    }
}
