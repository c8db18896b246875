using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>
    /// Infers one type per front-matter key across every note: booleans, integers, numbers, dates, date-times with
    /// offsets, wiki links, text, and lists of those. Integers widen to numbers and dates to date-times with offsets; other
    /// mixes fall back to text (or to the raw value when lists, maps and scalars mix), with an info diagnostic
    /// (NG0013) naming the notes.
    /// </summary>
    internal static class FrontMatterInference
    {
        /// <summary>Keys that <c>NoteGen.Note</c> already exposes (<c>Title</c>, <c>Tags</c>).</summary>
        private static readonly HashSet<string> s_coveredKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "title", "tags", "tag" };

        public static FrontMatterShape Shape(ParsedNote note) => new FrontMatterShape(note.FilePath, note.Path,
            note.FrontMatter.Entries
                .Where(e => e.Key != null && !s_coveredKeys.Contains(e.Key))
                .GroupBy(e => e.Key!, StringComparer.Ordinal).Select(g => g.First()) // YAML keeps the first of duplicates
                .Select(e => new KeyType(e.Key!, TypeOf(e.Value)))
                .ToEquatableArray());

        public static VaultFrontMatter Infer(ImmutableArray<FrontMatterShape> shapes, GeneratorSettings settings, CancellationToken cancellationToken)
        {
            var notes = shapes.GroupBy(s => s.Path, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
            var diagnostics = new List<DiagnosticInfo>();
            var scope = new IdentifierScope(NoteResolver.ReservedNoteMembers, VaultIndexBuilder.VaultNoteTypeName);
            var members = new List<FrontMatterMember>();
            // Keys in order of first appearance: the first note (by path) that has them, then their place in it.
            var keys = notes.SelectMany((n, noteIndex) => n.Keys.Select((k, keyIndex) => (Note: n, k.Key, k.Type, Order: ((long)noteIndex << 32) + keyIndex)))
                .GroupBy(k => k.Key, StringComparer.Ordinal)
                .OrderBy(g => g.First().Order);
            foreach (var key in keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var uses = key.ToList();
                var first = uses[0].Note;
                var type = uses.Select(u => u.Type).Aggregate(FrontMatterType.None, Join);
                // Falling back to text or to the raw value is a conflict when some note's value was something else.
                if ((type.Kind == ScalarKind.String || type.Kind == ScalarKind.Object) && uses.Any(u => u.Type.Kind != ScalarKind.None && u.Type.Kind != type.Kind))
                    diagnostics.Add(Conflict(key.Key, uses.Select(u => (u.Note, u.Type)).ToList(), type));
                if (type.Kind == ScalarKind.None)
                    type = new FrontMatterType(ScalarKind.String, type.IsList); // only nulls and empty lists: text
                bool everywhere = uses.Count(u => u.Type.Kind != ScalarKind.None || u.Type.IsList) == notes.Count;
                string name = scope.Allocate(PropertyName(key.Key), "front matter key '" + key.Key + "'", first.FilePath, TextLocation.FileStart, diagnostics);
                members.Add(new FrontMatterMember(key.Key, name, type, Nullable: !everywhere));
            }
            return new VaultFrontMatter(settings, members.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        /// <summary>The PascalCase property name of a key (the scope then keeps it clear of <c>NoteGen.Note</c>'s members).</summary>
        public static string PropertyName(string key) => Identifiers.PascalCase(key, "Value");

        private static FrontMatterType TypeOf(YamlValue value)
        {
            switch (value.Kind)
            {
                case YamlValueKind.Scalar:
                    return new FrontMatterType(WikiLinkSyntax.IsSingleLink(value.Scalar!) ? ScalarKind.Link
                        : value.Quoted ? ScalarKind.String : FrontMatterScalar.Classify(value.Scalar!), false);
                case YamlValueKind.List:
                    var element = value.Entries.Select(e => e.Value.Kind == YamlValueKind.Scalar || e.Value.Kind == YamlValueKind.Null
                            ? TypeOf(e.Value) : FrontMatterType.Object)
                        .Aggregate(FrontMatterType.None, Join);
                    return new FrontMatterType(element.Kind, true);
                case YamlValueKind.Map:
                    return FrontMatterType.Object;
                default:
                    return FrontMatterType.None;
            }
        }

        /// <summary>The narrowest type both values fit.</summary>
        private static FrontMatterType Join(FrontMatterType a, FrontMatterType b)
        {
            if (a.Kind == ScalarKind.None && !a.IsList)
                return b;
            if (b.Kind == ScalarKind.None && !b.IsList)
                return a;
            if ((a.Kind == ScalarKind.Object && !a.IsList) || (b.Kind == ScalarKind.Object && !b.IsList))
                return FrontMatterType.Object;
            // A single value where other notes have a list ("aliases: x") is a list of one.
            return new FrontMatterType(JoinScalars(a.Kind, b.Kind), a.IsList || b.IsList);
        }

        private static ScalarKind JoinScalars(ScalarKind a, ScalarKind b)
        {
            if (a == b || b == ScalarKind.None)
                return a;
            if (a == ScalarKind.Object || b == ScalarKind.Object)
                return ScalarKind.Object;
            if (a == ScalarKind.None)
                return b;
            if (Is(a, b, ScalarKind.Int64, ScalarKind.Double))
                return ScalarKind.Double;
            if (Is(a, b, ScalarKind.DateTime, ScalarKind.DateTimeOffset))
                return ScalarKind.DateTimeOffset;
            return ScalarKind.String;
        }

        private static bool Is(ScalarKind a, ScalarKind b, ScalarKind x, ScalarKind y) => (a == x && b == y) || (a == y && b == x);

        private static DiagnosticInfo Conflict(string key, List<(FrontMatterShape Note, FrontMatterType Type)> uses, FrontMatterType result)
        {
            // Values of no type (null, an empty list) take no side.
            var groups = uses.Where(u => u.Type.Kind != ScalarKind.None).GroupBy(u => u.Type)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Note.Path, StringComparer.Ordinal).ToList();
            string kinds = string.Join("; ", groups.Select(g => Describe(g.Key) + " in " + NoteList(g.Select(u => u.Note.Path).ToList())));
            // Reported at the first note of the rarest type: the likely mistake.
            var at = groups[groups.Count - 1].First().Note;
            return DiagnosticInfo.Create(NoteGenDiagnostics.FrontMatterTypeConflict, at.FilePath, TextLocation.FileStart, key, kinds, Describe(result));
        }

        private static string NoteList(List<string> paths) =>
            string.Join(", ", paths.Take(3).Select(p => "'" + p + "'")) + (paths.Count > 3 ? " and " + (paths.Count - 3) + " more" : "");

        public static string Describe(FrontMatterType type)
        {
            string kind;
            switch (type.Kind)
            {
                case ScalarKind.Boolean: kind = "boolean"; break;
                case ScalarKind.Int64: kind = "integer"; break;
                case ScalarKind.Double: kind = "number"; break;
                case ScalarKind.DateTime: kind = "date"; break;
                case ScalarKind.DateTimeOffset: kind = "date with offset"; break;
                case ScalarKind.Object: kind = type.IsList ? "mixed value" : "map or mixed value"; break;
                case ScalarKind.Link: kind = "link"; break;
                default: kind = "text"; break;
            }
            return type.IsList ? "list of " + kind : kind;
        }
    }
}
