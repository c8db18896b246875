using System;
using System.Linq;
using System.Runtime.CompilerServices;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Resolution
{
    /// <summary>Close matches among a vault's names, for broken links' messages: built once per index, on the first
    /// broken link, and kept beside the index rather than in it (the index is plain data passed between steps).</summary>
    internal static class VaultSuggestions
    {
        private static readonly ConditionalWeakTable<VaultIndex, NameSuggester> s_notes = new ConditionalWeakTable<VaultIndex, NameSuggester>();
        private static readonly ConditionalWeakTable<VaultIndex, NameSuggester> s_attachments = new ConditionalWeakTable<VaultIndex, NameSuggester>();

        /// <summary>Among note names (not aliases: a link to an alias does not resolve, see <c>LinkResolver</c>).</summary>
        public static NameSuggester Notes(VaultIndex index) =>
            s_notes.GetValue(index, static i => new NameSuggester(i.Notes.Select(n => n.Name)));

        /// <summary>Among attachment file names, each once (ignoring case).</summary>
        public static NameSuggester Attachments(VaultIndex index) =>
            s_attachments.GetValue(index, static i => new NameSuggester(i.Attachments.Select(VaultPath.FileName).Distinct(StringComparer.OrdinalIgnoreCase)));
    }
}
