using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Reflection;

namespace NoteGen
{
    /// <summary>Converts raw front-matter values (text, lists, maps, as <see cref="Note.FrontMatter"/> holds them) to
    /// the types of generated properties and declared schemas, with the rules the generator checked them by
    /// (<see cref="SchemaRules"/>).</summary>
    internal static class FrontMatterConverter
    {
        private static readonly Type[] s_listTypes =
        {
            typeof(IEnumerable<>), typeof(IReadOnlyCollection<>), typeof(IReadOnlyList<>), typeof(ICollection<>), typeof(IList<>), typeof(List<>),
        };

        /// <summary><paramref name="raw"/> as <paramref name="type"/>, or null when it is missing or does not fit. A
        /// single value is a list of one; list items that do not fit are left out.</summary>
        public static object? To(object? raw, Type type)
        {
            if (raw == null)
                return null;
            type = Nullable.GetUnderlyingType(type) ?? type;
            var element = ElementOf(type);
            if (element == null)
                return Scalar(raw, type);

            var items = raw as IReadOnlyList<object?> ?? (raw is string ? new[] { raw } : null);
            if (items == null)
                return null;
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items)
                if (Scalar(item, element) is object value)
                    list.Add(value);
            if (type.IsArray)
            {
                var array = Array.CreateInstance(element, list.Count);
                list.CopyTo(array, 0);
                return array;
            }
            // Interfaces get a read-only view, so callers cannot cast it back and change the note.
            return type.IsInterface ? Activator.CreateInstance(typeof(ReadOnlyCollection<>).MakeGenericType(element), list) : list;
        }

        private static Type? ElementOf(Type type)
        {
            if (type.IsArray)
                return type.GetArrayRank() == 1 ? type.GetElementType() : null;
            if (type.IsGenericType && Array.IndexOf(s_listTypes, type.GetGenericTypeDefinition()) >= 0)
                return type.GetGenericArguments()[0];
            return null;
        }

        private static object? Scalar(object? raw, Type type)
        {
            if (type == typeof(object))
                return raw;
            if (!(raw is string text))
                return null;
            if (type.IsEnum)
                return Enum.GetNames(type) is var names && Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is int i && i >= 0
                    ? Enum.Parse(type, names[i]) : null;
            if (type.FullName == "System.DateOnly")
                return SchemaRules.Read(text, SchemaScalar.DateOnly) is DateTime date
                    ? type.GetMethod("FromDateTime", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(DateTime) }, null)!.Invoke(null, new object[] { date })
                    : null;
            return KindOf(type) is SchemaScalar kind ? SchemaRules.Read(text, kind) : null;
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
