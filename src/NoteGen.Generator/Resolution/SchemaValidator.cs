using System;
using System.Collections.Generic;
using System.Linq;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>Checks a note's front matter against the declared schema its path matches: required members
    /// (NG0014), value types (NG0015, by the same <see cref="SchemaRules"/> the runtime converts with) and, when the
    /// schema says so, unknown keys (NG0016). A note matching several schemas follows the first (NG0019).</summary>
    internal static class SchemaValidator
    {
        /// <summary>Keys NoteGen reads itself, allowed whatever the schema says.</summary>
        private static readonly HashSet<string> s_noteGenKeys = new HashSet<string>(
            new[] { "title", "tags", "tag", "aliases", "alias" }, StringComparer.Ordinal);

        /// <summary>The diagnostics that mean the front matter could not be read (NG0002-NG0004): reported already,
        /// and the schema is not checked against an empty map.</summary>
        private static readonly HashSet<string> s_unreadable = new HashSet<string>(
            new[] { NoteGenDiagnostics.InvalidFrontMatter.Id, NoteGenDiagnostics.FrontMatterNotAMap.Id, NoteGenDiagnostics.UnterminatedFrontMatter.Id },
            StringComparer.Ordinal);

        /// <summary>The positions of the schemas whose glob matches <paramref name="path"/>, in order; the note
        /// follows the first.</summary>
        public static List<int> Matching(string path, EquatableArray<NoteSchema> schemas)
        {
            var matching = new List<int>();
            for (int i = 0; i < schemas.Count; i++)
                if (Glob.IsMatch(schemas[i].Glob, path))
                    matching.Add(i);
            return matching;
        }

        public static EquatableArray<DiagnosticInfo> Validate(ParsedNote note, EquatableArray<NoteSchema> schemas)
        {
            var matching = Matching(note.Path, schemas);
            if (matching.Count == 0)
                return EquatableArray<DiagnosticInfo>.Empty;
            var diagnostics = new List<DiagnosticInfo>();
            var schema = schemas[matching[0]];
            if (matching.Count > 1)
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.SeveralSchemas, note.FilePath, TextLocation.FileStart,
                    string.Join(", ", matching.Select(i => "'" + schemas[i].Name + "' (" + schemas[i].Glob + ")")), "'" + schema.Name + "'"));
            if (note.Diagnostics.Any(d => s_unreadable.Contains(d.Id)))
                return diagnostics.ToEquatableArray();

            var entries = note.FrontMatter.Entries.Where(e => e.Key != null).ToList();
            foreach (var member in schema.Members)
            {
                var entry = entries.FirstOrDefault(e => SchemaRules.KeyMatches(e.Key!, member.Name));
                if (entry == null || entry.Value.Kind == YamlValueKind.Null)
                {
                    if (member.Required)
                        diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MissingSchemaKey, note.FilePath, entry?.KeyLocation ?? TextLocation.FileStart,
                            KeyFor(member), schema.Name));
                    continue;
                }
                string? misfit = Misfit(entry.Value, member);
                if (misfit != null)
                    diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.WrongSchemaType, note.FilePath, entry.KeyLocation ?? TextLocation.FileStart,
                        entry.Key!, misfit, member.Name, Expected(member), schema.Name));
            }

            if (!schema.AllowUnknownKeys)
                foreach (var entry in entries)
                    if (!s_noteGenKeys.Contains(SchemaRules.KeyOf(entry.Key!)) && !schema.Members.Any(m => SchemaRules.KeyMatches(entry.Key!, m.Name)))
                    {
                        string? suggestion = NameSuggester.Closest(entry.Key!, schema.Members.Select(KeyFor));
                        diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.UnknownSchemaKey, note.FilePath, entry.KeyLocation ?? TextLocation.FileStart,
                            entry.Key!, schema.Name, suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
                    }
            return diagnostics.ToEquatableArray();
        }

        /// <summary>The key as notes usually write it: the member name in camelCase (<c>VideoId</c> → <c>videoId</c>).</summary>
        private static string KeyFor(SchemaMember member) =>
            member.Name.Length == 0 ? member.Name : char.ToLowerInvariant(member.Name[0]) + member.Name.Substring(1);

        /// <summary>What about <paramref name="value"/> does not fit <paramref name="member"/>, or null when it fits.
        /// A single value fits a list member as a list of one.</summary>
        private static string? Misfit(YamlValue value, SchemaMember member)
        {
            if (member.Scalar == SchemaScalar.Object)
                return null;
            switch (value.Kind)
            {
                case YamlValueKind.Scalar:
                    return Fits(value.Scalar!, member) ? null : "'" + value.Scalar + "'";
                case YamlValueKind.List when member.IsList:
                    foreach (var item in value.Entries.Select(e => e.Value))
                    {
                        if (item.Kind == YamlValueKind.Scalar && !Fits(item.Scalar!, member))
                            return "a list holding '" + item.Scalar + "'";
                        if (item.Kind == YamlValueKind.List || item.Kind == YamlValueKind.Map)
                            return "a list holding a " + (item.Kind == YamlValueKind.List ? "list" : "map");
                    }
                    return null;
                case YamlValueKind.List:
                    return "a list";
                case YamlValueKind.Map:
                    return "a map";
                default:
                    return null;
            }
        }

        private static bool Fits(string text, SchemaMember member) =>
            member.Scalar == SchemaScalar.Reference ? WikiLinkSyntax.IsSingleLink(text)
            : SchemaRules.Read(text, member.Scalar) != null
            && (member.Scalar != SchemaScalar.Enum || member.EnumNames.Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)));

        private static string Expected(SchemaMember member) =>
            member.TypeDisplay + (member.Scalar == SchemaScalar.Enum ? ": " + string.Join(", ", member.EnumNames)
                : member.Scalar == SchemaScalar.Reference ? ": a link to a note" + (member.ReferencedSchema == null ? "" : " following its schema") : "");

        /// <summary>
        /// The reference members of the schema the note follows (<see cref="SchemaScalar.Reference"/>): each link in
        /// such a member's value must lead to a note, and to one following the member's schema when it names one
        /// (NG0015, at the link). Checked once the links are resolved; that each value is a link at all is
        /// <see cref="Validate"/>'s.
        /// </summary>
        public static IEnumerable<DiagnosticInfo> ValidateReferences(ParsedNote note, NoteEntry entry, EquatableArray<ResolvedLink> links, VaultIndex index)
        {
            var schema = index.Schemas.FirstOrDefault(s => s.ClassName == entry.BaseType)?.Schema;
            if (schema == null)
                yield break;
            foreach (var member in schema.Members.Where(m => m.Scalar == SchemaScalar.Reference))
            {
                var expected = member.ReferencedSchema == null ? null : index.Schemas.FirstOrDefault(s => s.Schema.Type == member.ReferencedSchema);
                for (int i = 0; i < note.Links.Count; i++)
                {
                    var link = note.Links[i];
                    if (link.Property == null || !SchemaRules.KeyMatches(link.Property, member.Name))
                        continue;
                    string? path = links[i].Path;
                    string? problem = path == null || index.IndexOf(path) < 0 ? "no note"
                        : expected != null && index.EntryFor(path).BaseType != expected.ClassName ? "'" + index.EntryFor(path).Name + "', a note not following schema '" + expected.Schema.Name + "'"
                        : null;
                    if (problem != null)
                        yield return DiagnosticInfo.Create(NoteGenDiagnostics.WrongSchemaType, note.FilePath, link.Location,
                            link.Property, "a link to " + problem, member.Name, Expected(member), schema.Name);
                }
            }
        }
    }
}
