using System;
using System.Collections.Generic;
using System.Linq;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>Resolves a link target to a note the way Obsidian does (observed on 1.13.7 through
    /// <c>metadataCache.getFirstLinkpathDest</c>): by file name, case-insensitively; when several notes share the
    /// name, an exact path first, else the one in the linking note's own folder, else the shortest path.</summary>
    internal static class LinkResolver
    {
        // Embeds of attachments are not Markdown notes; they are not checked (yet), so they are never "broken".
        private static readonly HashSet<string> s_attachmentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".svg", ".webp", ".avif", ".pdf", ".mp3", ".wav", ".ogg", ".m4a",
            ".flac", ".mp4", ".webm", ".mov", ".mkv", ".ogv", ".canvas", ".excalidraw",
        };

        /// <summary>True for targets such as <c>image.png</c> that name an attachment rather than a note.</summary>
        public static bool IsAttachment(string target)
        {
            int dot = target.LastIndexOf('.');
            return dot > 0 && s_attachmentExtensions.Contains(target.Substring(dot));
        }

        /// <summary>The path of the note <paramref name="target"/> (the part of a link before any '#') points to
        /// from the note at <paramref name="fromPath"/>, or null when there is none.</summary>
        public static string? Resolve(VaultIndex index, string fromPath, string target)
        {
            string key = WithoutExtension(target).Replace('\\', '/').TrimStart('/');
            int slash = key.LastIndexOf('/');
            var candidates = index.NotesNamed(slash < 0 ? key : key.Substring(slash + 1));
            if (candidates.Count == 0)
                return null;
            if (slash >= 0)
            {
                // A path: the notes whose path ends with it, at a folder boundary.
                candidates = candidates.Where(n => EndsWithPath(WithoutExtension(n.Path), key)).ToList();
                if (candidates.Count == 0)
                    return null;
                var exact = candidates.FirstOrDefault(n => string.Equals(WithoutExtension(n.Path), key, StringComparison.OrdinalIgnoreCase));
                if (exact != null)
                    return exact.Path;
            }
            if (candidates.Count == 1)
                return candidates[0].Path;
            string folder = FolderOf(fromPath);
            var sameFolder = candidates.FirstOrDefault(n => FolderOf(n.Path) == folder);
            if (sameFolder != null)
                return sameFolder.Path;
            return candidates.OrderBy(n => n.Path.Length).ThenBy(n => n.Path, StringComparer.Ordinal).First().Path;
        }

        private static string WithoutExtension(string path) =>
            path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path.Substring(0, path.Length - 3) : path;

        private static bool EndsWithPath(string path, string suffix) =>
            path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == suffix.Length || path[path.Length - suffix.Length - 1] == '/');

        private static string FolderOf(string path)
        {
            int slash = path.LastIndexOf('/');
            return slash < 0 ? "" : path.Substring(0, slash);
        }
    }
}
