using System;
using System.Collections.Generic;

namespace NoteGen
{
    /// <summary>Converts raw front-matter values (text, lists, maps, as <see cref="Note.FrontMatter"/> holds them) to
    /// the types of generated properties and declared schemas, with the rules the generator checked them by
    /// (<see cref="SchemaRules"/>). Generic over the target type, which the generated code names, so nothing is looked
    /// up or constructed by reflection (trimmed and Native AOT apps read the same values).</summary>
    internal static class FrontMatterConverter
    {
        /// <summary>Reads <paramref name="raw"/> as <typeparamref name="T"/> (a scalar type, its nullable form, an
        /// enum or <see cref="object"/>); false when it is missing or does not fit.</summary>
        public static bool TryScalar<T>(object? raw, out T value)
        {
            value = default!;
            if (raw == null)
                return false;
            if (typeof(T) == typeof(object))
            {
                value = (T)raw;
                return true;
            }
            if (!(raw is string text))
                return false;
            var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
            object? read = type.IsEnum ? EnumValue(type, text)
                : DateOnly(type, text) is object date ? date
                : KindOf(type) is SchemaScalar kind ? SchemaRules.Read(text, kind)
                : null;
            if (!(read is T typed))
                return false;
            value = typed;
            return true;
        }

        /// <summary>Reads <paramref name="raw"/> as a list of <typeparamref name="T"/>: a single value is a list of one,
        /// and items that do not fit are left out. Null when it is missing or a map.</summary>
        public static List<T>? List<T>(object? raw)
        {
            var items = raw as IReadOnlyList<object?> ?? (raw is string ? new[] { raw } : null);
            if (items == null)
                return null;
            var list = new List<T>(items.Count);
            foreach (var item in items)
                if (TryScalar(item, out T value))
                    list.Add(value);
            return list;
        }

        /// <summary>The enum member named <paramref name="text"/> (ignoring case), boxed; numbers are not names.</summary>
        private static object? EnumValue(Type type, string text)
        {
            foreach (string name in Enum.GetNames(type))
                if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                    return Enum.Parse(type, name);
            return null;
        }

        /// <summary>A plain date as <c>System.DateOnly</c>, when <paramref name="type"/> is that type.</summary>
        private static object? DateOnly(Type type, string text)
        {
#if NET
            return type == typeof(System.DateOnly) && SchemaRules.Read(text, SchemaScalar.DateOnly) is DateTime date ? System.DateOnly.FromDateTime(date) : null;
#else
            // .NET Standard has no DateOnly; a .NET Framework app may declare its own (a polyfill), found by name.
            // Trimmed and Native AOT apps run the library's .NET build, above.
            return type.FullName == "System.DateOnly" && SchemaRules.Read(text, SchemaScalar.DateOnly) is DateTime date
                ? type.GetMethod("FromDateTime", new[] { typeof(DateTime) })?.Invoke(null, new object[] { date })
                : null;
#endif
        }

        private static SchemaScalar? KindOf(Type type) =>
            type == typeof(string) ? SchemaScalar.String
            : type == typeof(bool) ? SchemaScalar.Boolean
            : type == typeof(int) ? SchemaScalar.Int32
            : type == typeof(long) ? SchemaScalar.Int64
            : type == typeof(float) ? SchemaScalar.Single
            : type == typeof(double) ? SchemaScalar.Double
            : type == typeof(decimal) ? SchemaScalar.Decimal
            : type == typeof(DateTime) ? SchemaScalar.DateTime
            : type == typeof(DateTimeOffset) ? SchemaScalar.DateTimeOffset
            : (SchemaScalar?)null;
    }
}
