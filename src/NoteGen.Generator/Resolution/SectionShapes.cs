using System.Collections.Generic;
using System.Linq;
using System.Text;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>
    /// Names a note's typed sections: each section's field in its parent's class, and the classes themselves as
    /// <see cref="SectionShape"/>s named by a hash of their fields, so notes with the same headings share them.
    /// </summary>
    internal static class SectionShapes
    {
        private const string OutlinePrefix = "Outline_";
        private const string SectionPrefix = "Section_";

        private static readonly HashSet<string> s_sectionListMembers = IdentifierScope.Reserved(RuntimeMembers.SectionList);

        private static readonly HashSet<string> s_sectionMembers = IdentifierScope.Reserved(RuntimeMembers.Section);

        public static NoteMembers Name(ParsedNote note, List<DiagnosticInfo> diagnostics)
        {
            var sections = note.Sections;
            if (sections.Count == 0)
                return NoteMembers.Untyped;

            // One scope per parent: the outline for top-level sections, else the parent section's class. A shape's
            // own name ('_' and a hash) is one no heading gives, so it never has to make way (CS0542).
            var scopes = new Dictionary<int, IdentifierScope>();
            var fieldNames = new string[sections.Count];
            var children = new List<int>[sections.Count + 1];
            for (int i = 0; i < children.Length; i++)
                children[i] = new List<int>();
            for (int i = 0; i < sections.Count; i++)
            {
                int parent = sections[i].Parent;
                children[parent + 1].Add(i);
                if (!scopes.TryGetValue(parent, out var scope))
                    scopes.Add(parent, scope = parent < 0 ? new IdentifierScope(s_sectionListMembers, OutlinePrefix) : new IdentifierScope(s_sectionMembers, SectionPrefix));
                int line = sections[i].Line - 1;
                fieldNames[i] = scope.Allocate(Identifiers.PascalCase(sections[i].Heading, "Section"), "heading '" + sections[i].Heading + "'",
                    note.FilePath, new TextLocation(0, 0, line, 0, line, 0), diagnostics);
            }

            // A section's sub-sections come after it in document order: going backwards, their classes are named
            // before the class that holds them.
            var types = new string?[sections.Count];
            var shapes = new List<SectionShape>();
            for (int i = sections.Count - 1; i >= 0; i--)
                if (children[i + 1].Count > 0)
                    types[i] = Add(shapes, SectionPrefix, children[i + 1], sections, fieldNames, types);
            string outline = Add(shapes, OutlinePrefix, children[0], sections, fieldNames, types);
            return new NoteMembers(fieldNames.ToEquatableArray(), outline, shapes.ToEquatableArray());
        }

        private static string Add(List<SectionShape> shapes, string prefix, List<int> members, EquatableArray<ParsedSection> sections,
            string[] fieldNames, string?[] types)
        {
            var fields = members.Select(i => new ShapeField(fieldNames[i], types[i], sections[i].Level, sections[i].Heading)).ToEquatableArray();
            var key = new StringBuilder(prefix);
            foreach (var field in fields)
                key.Append('\u0001').Append(field.Name).Append('\u0002').Append(field.Type).Append('\u0002').Append(field.Level).Append('\u0002').Append(field.Heading);
            string name = prefix + StableHash.Of64(key.ToString()).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            if (!shapes.Any(s => s.Name == name))
                shapes.Add(new SectionShape(name, prefix == OutlinePrefix, fields));
            return name;
        }
    }
}
