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
        /// <summary>What neither <c>VaultNote</c>'s front-matter properties nor a schema's may be called: the members of
        /// <c>NoteGen.Note</c> and the note classes' own factory.</summary>
        public static readonly HashSet<string> ReservedNoteMembers = IdentifierScope.Reserved(RuntimeMembers.Note.Append(VaultIndexBuilder.NoteFactoryName).ToArray());

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
            var resolved = links.ToEquatableArray();
            diagnostics.AddRange(SchemaValidator.ValidateReferences(note, entry, resolved, index));
            var members = index.Settings.TypedSections ? SectionShapes.Name(note, diagnostics) : NoteMembers.Untyped;
            return new ResolvedNote(note, entry, index.Settings, members, resolved, diagnostics.ToEquatableArray());
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
                    target, DidYouMean(VaultSuggestions.Attachments(index).Suggest(VaultPath.FileName(target)))));
                return ResolvedLink.Missing;
            }
            if (path == null && LinkResolver.AliasedNote(index, note.Path, target) is string aliased)
            {
                // The note's name, or its path where the name alone would lead elsewhere from here.
                string name = index.EntryFor(aliased).Name;
                if (LinkResolver.ResolveNote(index, note.Path, name) != aliased)
                    name = VaultPath.WithoutMarkdownExtension(aliased);
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.BrokenLink, note.FilePath, link.Location, target, AliasFix(link, name)));
                return ResolvedLink.Missing;
            }
            if (path == null)
            {
                // A path to a name that exists elsewhere suggests where it is; else the closest name.
                string name = VaultPath.WithoutMarkdownExtension(VaultPath.FileName(target));
                string? elsewhere = index.NotesNamed(name).OrderBy(p => p.Length).FirstOrDefault();
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.BrokenLink, note.FilePath, link.Location, target,
                    DidYouMean(elsewhere != null ? VaultPath.WithoutMarkdownExtension(elsewhere) : VaultSuggestions.Notes(index).Suggest(name))));
                return ResolvedLink.Missing;
            }
            return ResolveSubpath(note, link, path, index, diagnostics);
        }

        /// <summary>Checks the heading or block part of a link whose note exists.</summary>
        private static ResolvedLink ResolveSubpath(ParsedNote note, ParsedLink link, string path, VaultIndex index, List<DiagnosticInfo> diagnostics)
        {
            // [[note#]] and [[note##]] name no heading: the whole note.
            string subpath = link.Subpath ?? "";
            if (subpath.Trim('#', ' ').Length == 0)
                return new ResolvedLink(path, -1, LinkState.Resolved);
            var anchors = index.Anchors[index.IndexOf(path)];
            string noteName = index.EntryFor(path).Name;
            if (subpath.StartsWith("^", StringComparison.Ordinal))
            {
                string id = subpath.Substring(1).Trim();
                if (LinkResolver.TryFindBlock(anchors, id, out var block))
                    return new ResolvedLink(path, block!.Section, LinkState.Resolved, "^" + block.Id);
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MissingBlock, note.FilePath, link.Location, noteName, id));
                return new ResolvedLink(path, -1, LinkState.Broken);
            }
            int section = LinkResolver.FindHeading(anchors, subpath);
            if (section >= 0)
                return new ResolvedLink(path, section, LinkState.Resolved, anchors.Headings[section].Anchor);
            string lastPart = subpath.Split('#').Last(p => p.Trim().Length > 0).Trim();
            diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.MissingHeading, note.FilePath, link.Location, noteName, subpath,
                DidYouMean(NameSuggester.Closest(lastPart, anchors.Headings.Select(h => h.Text)))));
            return new ResolvedLink(path, -1, LinkState.Broken);
        }

        /// <summary>What to write instead of a link to an alias of the note <paramref name="name"/> (its name or path):
        /// Obsidian's own form, the name with the alias shown.</summary>
        private static string AliasFix(ParsedLink link, string name)
        {
            string shown = link.Alias ?? link.PathPart;
            string fix = link.IsMarkdown
                ? "[" + shown + "](" + Uri.EscapeDataString(name).Replace("%2F", "/") + ".md" + (link.Subpath == null ? "" : "#" + Uri.EscapeDataString(link.Subpath)) + ")"
                : (link.IsEmbed ? "![[" : "[[") + name + (link.Subpath == null ? "" : "#" + link.Subpath)
                    + (string.Equals(shown, VaultPath.FileName(name), StringComparison.OrdinalIgnoreCase) ? "" : "|" + shown) + "]]";
            return "; '" + VaultPath.WithoutMarkdownExtension(link.PathPart) + "' is an alias of '" + name + "'; write " + fix;
        }

        private static string DidYouMean(string? suggestion) => suggestion == null ? "" : "; did you mean '" + suggestion + "'?";

        /// <summary>The link as the user wrote it, for messages.</summary>
        private static string Written(ParsedLink link) => link.IsMarkdown
            ? (link.Kind == LinkKind.MarkdownImage ? "![" : "[") + link.Alias + "](" + link.Target + ")"
            : (link.IsEmbed ? "![[" : "[[") + link.Target + (link.Alias == null ? "" : "|" + link.Alias) + "]]";
    }
}
