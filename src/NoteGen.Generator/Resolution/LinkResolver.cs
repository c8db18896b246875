using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>
    /// Resolves link targets the way Obsidian does (observed on 1.13.7 through
    /// <c>metadataCache.getFirstLinkpathDest</c>): by file name, case-insensitively, or by a path ending at a folder
    /// boundary; <c>./</c> and <c>../</c> relative to the linking note. When several files match: the exact vault
    /// path first, else the one in the linking note's own folder, else the shortest path. Front-matter aliases are not
    /// names a link resolves by: Obsidian writes a link to an alias as <c>[[Name|alias]]</c> and leaves <c>[[alias]]</c>
    /// unresolved (its help vault's "Aliases" page), so the build does too (<see cref="AliasedNote"/> says which note
    /// was meant). Headings match as Obsidian matches them (punctuation ignored, case-insensitive).
    /// </summary>
    internal static class LinkResolver
    {
        // Obsidian's stripHeading: these characters count as spaces when headings are compared.
        private const string HeadingPunctuation = "!\"#$%&()*+,.:;<=>?@^`{|}~/[]\\";

        /// <summary>The path of the note <paramref name="pathPart"/> (a link's part before '#') points to from the
        /// note at <paramref name="fromPath"/>, or null when there is none.</summary>
        public static string? ResolveNote(VaultIndex index, string fromPath, string pathPart)
        {
            var target = Target.Of(fromPath, pathPart, stripMarkdownExtension: true);
            return Pick(index.NotesNamed(target.FileName), target, VaultPath.WithoutMarkdownExtension);
        }

        /// <summary>The path of the note whose front-matter alias <paramref name="pathPart"/> is (by the same rules
        /// as names), or null: what a link that resolves by no name meant.</summary>
        public static string? AliasedNote(VaultIndex index, string fromPath, string pathPart)
        {
            var target = Target.Of(fromPath, pathPart, stripMarkdownExtension: true);
            return target.IsPath ? null : Pick(index.NotesAliased(target.Key), target, VaultPath.WithoutMarkdownExtension);
        }

        /// <summary>The path of the attachment (a non-note AdditionalFile) <paramref name="pathPart"/> points to, or
        /// null.</summary>
        public static string? ResolveAttachment(VaultIndex index, string fromPath, string pathPart)
        {
            var target = Target.Of(fromPath, pathPart, stripMarkdownExtension: false);
            return Pick(index.AttachmentsNamed(target.FileName), target, p => p);
        }

        /// <summary>True when the last segment ends in a file extension other than <c>.md</c> (1–8 letters and
        /// digits, at least one letter, after the last '.'): "diagram.png" names a file, "Release 2.0" a note.</summary>
        public static bool NamesFile(string pathPart)
        {
            int dot = pathPart.LastIndexOf('.');
            if (dot <= pathPart.LastIndexOf('/') + 1 || pathPart.Length - dot - 1 > 8)
                return false;
            string extension = pathPart.Substring(dot + 1);
            return extension.All(c => c < 128 && char.IsLetterOrDigit(c)) && extension.Any(char.IsLetter)
                && !string.Equals(extension, "md", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The index of the section a heading subpath (<c>Heading</c> or nested <c>A#B</c>) names in a note,
        /// or -1. Each part after the first must be a heading under the one before it.</summary>
        public static int FindHeading(NoteAnchors anchors, string subpath)
        {
            var headings = anchors.Headings;
            int found = -1, start = 0, end = headings.Count;
            foreach (string part in subpath.Split('#'))
            {
                string key = HeadingKey(part);
                if (key.Length == 0)
                    continue;
                found = -1;
                for (int i = start; i < end && found < 0; i++)
                    if (headings[i].Key == key)
                        found = i;
                if (found < 0)
                    return -1;
                start = found + 1;
                end = start;
                while (end < headings.Count && headings[end].Level > headings[found].Level)
                    end++;
            }
            return found;
        }

        /// <summary>Finds block <paramref name="id"/> (without '^', case-insensitive): <paramref name="found"/> has the
        /// id as written and the index of its section (-1 before the first heading).</summary>
        public static bool TryFindBlock(NoteAnchors anchors, string id, out BlockKey? found)
        {
            foreach (var block in anchors.BlockIds)
            {
                if (string.Equals(block.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    found = block;
                    return true;
                }
            }
            found = null;
            return false;
        }

        /// <summary>A heading as Obsidian compares it: punctuation as spaces, whitespace collapsed, lower case.</summary>
        public static string HeadingKey(string heading)
        {
            var builder = new StringBuilder(heading.Length);
            bool space = false;
            foreach (char c in heading)
            {
                if (char.IsWhiteSpace(c) || HeadingPunctuation.IndexOf(c) >= 0)
                {
                    space = builder.Length > 0;
                    continue;
                }
                if (space)
                    builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            return builder.ToString();
        }

        /// <summary>Chooses among files whose name matches: those whose path (as <paramref name="comparable"/> gives
        /// it) fits the target, then exact path, own folder, shortest path, ordinal.</summary>
        private static string? Pick(IReadOnlyList<string> candidates, Target target, Func<string, string> comparable)
        {
            if (target.IsRelative)
                return candidates.FirstOrDefault(p => string.Equals(comparable(p), target.Key, StringComparison.OrdinalIgnoreCase));
            var fitting = target.IsPath ? candidates.Where(p => EndsWithPath(comparable(p), target.Key)) : candidates;
            return fitting.FirstOrDefault(p => string.Equals(comparable(p), target.Key, StringComparison.OrdinalIgnoreCase))
                ?? fitting.FirstOrDefault(p => VaultPath.FolderOf(p) == target.Folder)
                ?? fitting.OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        }

        private static bool EndsWithPath(string path, string suffix) =>
            path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && (path.Length == suffix.Length || path[path.Length - suffix.Length - 1] == '/');

        /// <summary>A link's path part, normalized: <see cref="Key"/> is the vault path (or path suffix) to match,
        /// <see cref="FileName"/> its last segment.</summary>
        private readonly struct Target
        {
            private Target(string key, string folder, bool isRelative)
            {
                Key = key;
                Folder = folder;
                IsRelative = isRelative;
            }

            public string Key { get; }
            public string Folder { get; }
            public bool IsRelative { get; }
            public bool IsPath => Key.Contains("/");
            public string FileName => VaultPath.FileName(Key);

            public static Target Of(string fromPath, string pathPart, bool stripMarkdownExtension)
            {
                string key = pathPart.Replace('\\', '/');
                if (stripMarkdownExtension)
                    key = VaultPath.WithoutMarkdownExtension(key);
                string folder = VaultPath.FolderOf(fromPath);
                bool isRelative = key.StartsWith("./", StringComparison.Ordinal) || key.StartsWith("../", StringComparison.Ordinal);
                // The leading '/' makes ".." past the vault root stay, so it matches nothing.
                key = (isRelative ? VaultPath.Normalize("/" + folder + "/" + key) : key).TrimStart('/');
                return new Target(key, folder, isRelative);
            }
        }
    }
}
