using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>Places one parsed note in its vault: resolves its links and names its generated members.</summary>
    internal static class NoteResolver
    {
        /// <summary>Public members of <c>NoteGen.Note</c> and of the generated note type itself.</summary>
        private static readonly HashSet<string> s_noteMembers = IdentifierScope.Reserved(
            "Name", "Path", "Title", "FrontMatter", "Sections", "AllSections", "Claims", "Timestamps", "Links",
            "CreateSectionList", "FrontMatterScalar", "Instance");

        private static readonly HashSet<string> s_sectionListMembers = IdentifierScope.Reserved("Count", "Item", "GetEnumerator");

        private static readonly HashSet<string> s_sectionMembers = IdentifierScope.Reserved(
            "Heading", "Level", "Line", "Parent", "Note", "Subsections", "Claims", "OwnClaims");

        public static ResolvedNote Resolve(ParsedNote note, VaultIndex index, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(note.Diagnostics);
            var entry = index.EntryFor(note.Path);
            var linkPaths = new OptionalString[note.Links.Count];
            for (int i = 0; i < linkPaths.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                linkPaths[i] = new OptionalString(ResolveLink(note, note.Links[i], index, diagnostics));
            }
            var members = NameMembers(note, entry, diagnostics);
            return new ResolvedNote(note, entry, index.Settings, members, linkPaths.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static string? ResolveLink(ParsedNote note, ParsedLink link, VaultIndex index, List<DiagnosticInfo> diagnostics)
        {
            string target = link.NoteTarget;
            if (target.Length == 0)
            {
                if (link.Target.StartsWith("#", StringComparison.Ordinal))
                    return note.Path; // [[#Heading]] points into the note itself.
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.EmptyLinkTarget, note.FilePath, link.Location,
                    (link.IsEmbed ? "![[" : "[[") + link.Target + (link.Alias == null ? "" : "|" + link.Alias) + "]]"));
                return null;
            }
            if (LinkResolver.IsAttachment(target))
                return target;
            string? path = LinkResolver.Resolve(index, note.Path, target);
            if (path == null)
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.BrokenLink, note.FilePath, link.Location, target));
            return path;
        }

        private static NoteMembers NameMembers(ParsedNote note, NoteEntry entry, List<DiagnosticInfo> diagnostics)
        {
            var noteScope = new IdentifierScope(s_noteMembers, entry.TypeName);
            var frontMatter = new List<FrontMatterProperty>();
            foreach (var item in note.FrontMatter.Entries)
            {
                // Title is Note.Title already; lists and maps stay in FrontMatter only.
                if (item.Key == null || string.Equals(item.Key, "title", StringComparison.OrdinalIgnoreCase)
                    || (item.Value.Kind != YamlValueKind.Scalar && item.Value.Kind != YamlValueKind.Null))
                    continue;
                string name = noteScope.Allocate(Identifiers.PascalCase(item.Key, "Value"), "front matter key '" + item.Key + "'",
                    note.FilePath, TextLocation.FileStart, diagnostics);
                frontMatter.Add(new FrontMatterProperty(item.Key, name, item.Value.Scalar));
            }

            string outline = noteScope.Allocate("Outline");
            var sections = note.Sections;
            var hasChildren = new bool[sections.Count];
            foreach (var section in sections)
                if (section.Parent >= 0)
                    hasChildren[section.Parent] = true;
            var types = new OptionalString[sections.Count];
            for (int i = 0; i < sections.Count; i++)
                types[i] = new OptionalString(hasChildren[i]
                    ? noteScope.Allocate(Identifiers.PascalCase(sections[i].Heading, "Section").TrimStart('@') + "Section")
                    : null);

            // One scope per parent: the outline for top-level sections, else the parent section's type.
            var scopes = new Dictionary<int, IdentifierScope>();
            var properties = new string[sections.Count];
            for (int i = 0; i < sections.Count; i++)
            {
                int parent = sections[i].Parent;
                if (!scopes.TryGetValue(parent, out var scope))
                    scopes.Add(parent, scope = parent < 0
                        ? new IdentifierScope(s_sectionListMembers, outline)
                        : new IdentifierScope(s_sectionMembers, types[parent].Value!));
                int line = sections[i].Line - 1;
                properties[i] = scope.Allocate(Identifiers.PascalCase(sections[i].Heading, "Section"), "heading '" + sections[i].Heading + "'",
                    note.FilePath, new TextLocation(0, 0, line, 0, line, 0), diagnostics);
            }
            return new NoteMembers(outline, frontMatter.ToEquatableArray(), properties.ToEquatableArray(), types.ToEquatableArray());
        }
    }
}
