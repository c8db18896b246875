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
        /// <summary>The nested class of every note type that holds its top-level sections (the type of <c>Sections</c>).</summary>
        public const string OutlineTypeName = "Outline";

        /// <summary>Members of <c>NoteGen.Note</c> (public and protected) and of the generated note types: what
        /// neither a note type's nested classes nor <c>VaultNote</c>'s front-matter properties may be called.</summary>
        public static readonly HashSet<string> ReservedNoteMembers = IdentifierScope.Reserved(
            "Name", "Path", "Title", "FrontMatter", "Sections", "AllSections", "Claims", "Timestamps", "Links", "Backlinks", "Tags",
            "FrontMatterValue", "FrontMatterString", "FrontMatterBoolean", "FrontMatterInt64", "FrontMatterDouble",
            "FrontMatterDateTime", "FrontMatterDateTimeOffset", "FrontMatterList", "FrontMatterMember", OutlineTypeName);

        private static readonly HashSet<string> s_sectionListMembers = IdentifierScope.Reserved("Count", "Item", "GetEnumerator");

        private static readonly HashSet<string> s_sectionMembers = IdentifierScope.Reserved(
            "Heading", "Level", "Line", "Parent", "Note", "Subsections", "Claims", "OwnClaims");

        public static ResolvedNote Resolve(ParsedNote note, VaultIndex index, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(note.Diagnostics);
            var entry = index.EntryFor(note.Path);
            var links = new ResolvedLink[note.Links.Count];
            for (int i = 0; i < links.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                links[i] = ResolveLink(note, note.Links[i], index, diagnostics);
            }
            var members = index.Settings.TypedSections ? NameMembers(note, entry, diagnostics) : NoteMembers.Untyped(note.Sections.Count);
            return new ResolvedNote(note, entry, index.Settings, members, links.ToEquatableArray(), diagnostics.ToEquatableArray());
        }

        private static ResolvedLink ResolveLink(ParsedNote note, ParsedLink link, VaultIndex index, List<DiagnosticInfo> diagnostics)
        {
            string target = link.PathPart;
            if (target.Length == 0 && string.IsNullOrEmpty(link.Subpath))
            {
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.EmptyLinkTarget, note.FilePath, link.Location, Written(link)));
                return ResolvedLink.Missing;
            }

            // [[#Heading]] points into the note itself.
            string? path = target.Length == 0 ? note.Path : LinkResolver.ResolveNote(index, note.Path, target);
            if (path == null && LinkResolver.NamesFile(target))
            {
                if (index.Attachments.Count == 0)
                    return new ResolvedLink(null, -1, LinkState.Unchecked);
                path = LinkResolver.ResolveAttachment(index, note.Path, target);
                if (path != null)
                    return new ResolvedLink(path, -1, LinkState.Resolved);
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MissingAttachment, note.FilePath, link.Location,
                    target, DidYouMean(index.AttachmentSuggestions.Value.Suggest(VaultPath.FileName(target)))));
                return ResolvedLink.Missing;
            }
            if (path == null)
            {
                // A path to a name that exists elsewhere suggests where it is; else the closest name.
                string name = VaultPath.WithoutMarkdownExtension(VaultPath.FileName(target));
                string? elsewhere = index.NotesNamed(name).OrderBy(p => p.Length).FirstOrDefault();
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.BrokenLink, note.FilePath, link.Location, target,
                    DidYouMean(elsewhere != null ? VaultPath.WithoutMarkdownExtension(elsewhere) : index.Suggestions.Value.Suggest(name))));
                return ResolvedLink.Missing;
            }
            return ResolveSubpath(note, link, path, index, diagnostics);
        }

        /// <summary>Checks the heading or block part of a link whose note exists.</summary>
        private static ResolvedLink ResolveSubpath(ParsedNote note, ParsedLink link, string path, VaultIndex index, List<DiagnosticInfo> diagnostics)
        {
            string subpath = link.Subpath ?? "";
            if (subpath.Length == 0)
                return new ResolvedLink(path, -1, LinkState.Resolved);
            var anchors = index.Anchors[index.IndexOf(path)];
            string noteName = index.EntryFor(path).Name;
            if (subpath.StartsWith("^", StringComparison.Ordinal))
            {
                string id = subpath.Substring(1).Trim();
                if (LinkResolver.TryFindBlock(anchors, id, out int blockSection))
                    return new ResolvedLink(path, blockSection, LinkState.Resolved);
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MissingBlock, note.FilePath, link.Location, noteName, id));
                return new ResolvedLink(path, -1, LinkState.Broken);
            }
            int section = LinkResolver.FindHeading(anchors, subpath);
            if (section >= 0)
                return new ResolvedLink(path, section, LinkState.Resolved);
            string lastPart = subpath.Split('#').Last(p => p.Trim().Length > 0).Trim();
            diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MissingHeading, note.FilePath, link.Location, noteName, subpath,
                DidYouMean(NameSuggester.Closest(lastPart, anchors.Headings.Select(h => h.Text)))));
            return new ResolvedLink(path, -1, LinkState.Broken);
        }

        private static string DidYouMean(string? suggestion) => suggestion == null ? "" : "; did you mean '" + suggestion + "'?";

        /// <summary>The link as the user wrote it, for messages.</summary>
        private static string Written(ParsedLink link) => link.IsMarkdown
            ? (link.Kind == LinkKind.MarkdownImage ? "![" : "[") + link.Alias + "](" + link.Target + ")"
            : (link.IsEmbed ? "![[" : "[[") + link.Target + (link.Alias == null ? "" : "|" + link.Alias) + "]]";

        private static NoteMembers NameMembers(ParsedNote note, NoteEntry entry, List<DiagnosticInfo> diagnostics)
        {
            var noteScope = new IdentifierScope(ReservedNoteMembers, entry.TypeName);
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
                        ? new IdentifierScope(s_sectionListMembers, OutlineTypeName)
                        : new IdentifierScope(s_sectionMembers, types[parent].Value!));
                int line = sections[i].Line - 1;
                properties[i] = scope.Allocate(Identifiers.PascalCase(sections[i].Heading, "Section"), "heading '" + sections[i].Heading + "'",
                    note.FilePath, new TextLocation(0, 0, line, 0, line, 0), diagnostics);
            }
            return new NoteMembers(properties.ToEquatableArray(), types.ToEquatableArray());
        }
    }
}
