using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator
{
    /// <summary>Reads one AdditionalFile into a <see cref="ParsedNote"/>; never throws (but for cancellation).</summary>
    internal static class NoteReader
    {
        public static bool IsNote(AdditionalText file) => VaultPath.IsNote(file.Path);

        public static ParsedNote Read(AdditionalText file, GeneratorSettings settings, CancellationToken cancellationToken)
        {
            string path = RelativePath(file.Path, settings.VaultRoot);
            try
            {
                var text = file.GetText(cancellationToken);
                if (text == null)
                    return NoteParser.Empty(file.Path, path, "the file could not be read");
                return NoteParser.Parse(file.Path, path, text.ToString(), settings, cancellationToken);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // A generator that throws takes every generated file with it; one bad note must not.
                return NoteParser.Empty(file.Path, path, e.GetType().Name + ": " + e.Message);
            }
        }

        /// <summary>The path relative to the vault root, with '/' separators; the full path when the file lies
        /// outside it.</summary>
        public static string RelativePath(string fullPath, string? root)
        {
            string path = VaultPath.Normalize(fullPath);
            if (root != null)
            {
                string directory = VaultPath.Normalize(root).TrimEnd('/') + "/";
                if (path.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
                    return path.Substring(directory.Length);
            }
            return path;
        }
    }
}
