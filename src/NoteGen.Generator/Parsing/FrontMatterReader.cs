using System;
using System.Collections.Generic;
using System.IO;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NoteGen.Generator.Parsing
{
    /// <summary>Reads YAML front matter into a <see cref="YamlValue"/> map. Bad YAML yields an empty map and a
    /// diagnostic at the offending line; aliases are expanded within a node budget so a "billion laughs" document
    /// cannot blow up the build.</summary>
    internal static class FrontMatterReader
    {
        private const int MaxNodes = 10_000;
        private const int MaxDepth = 64;

        /// <param name="yaml">The text between the '---' lines.</param>
        /// <param name="yamlOffset">Where the YAML starts in the note.</param>
        public static YamlValue Read(string yaml, string filePath, LineMap lines, int yamlOffset, List<DiagnosticInfo> diagnostics)
        {
            YamlNode root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                if (stream.Documents.Count == 0)
                    return YamlValue.EmptyMap;
                root = stream.Documents[0].RootNode;
            }
            catch (YamlException e)
            {
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.InvalidFrontMatter, filePath,
                    LocationOf(e.Start, lines, yamlOffset, yaml), FirstLine(e.InnerException?.Message ?? e.Message)));
                return YamlValue.EmptyMap;
            }

            var rootLocation = lines.Location(yamlOffset, yamlOffset + FirstLine(yaml).Length);
            if (root is YamlScalarNode scalar && IsNull(scalar))
                return YamlValue.EmptyMap;
            if (!(root is YamlMappingNode))
            {
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.FrontMatterNotAMap, filePath, rootLocation,
                    root is YamlSequenceNode ? "list" : "scalar"));
                return YamlValue.EmptyMap;
            }

            int budget = MaxNodes;
            var value = Convert(root, 0, ref budget);
            if (budget < 0)
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.InvalidFrontMatter, filePath, rootLocation,
                    $"more than {MaxNodes} values or deeper than {MaxDepth} levels (with aliases expanded); the rest is left out"));
            return value;
        }

        private static YamlValue Convert(YamlNode node, int depth, ref int budget)
        {
            if (--budget < 0 || depth > MaxDepth)
            {
                budget = -1;
                return YamlValue.Null;
            }
            switch (node)
            {
                case YamlScalarNode scalar:
                    return IsNull(scalar) ? YamlValue.Null : new YamlValue(YamlValueKind.Scalar, scalar.Value, EquatableArray<YamlEntry>.Empty);
                case YamlSequenceNode sequence:
                {
                    var items = new List<YamlEntry>();
                    foreach (var child in sequence.Children)
                    {
                        if (budget < 0)
                            break;
                        items.Add(new YamlEntry(null, Convert(child, depth + 1, ref budget)));
                    }
                    return new YamlValue(YamlValueKind.List, null, items.ToEquatableArray());
                }
                case YamlMappingNode mapping:
                {
                    var entries = new List<YamlEntry>();
                    foreach (var pair in mapping.Children)
                    {
                        // Keys are kept even past the budget (they cost what the document costs); their values are null.
                        string key = pair.Key is YamlScalarNode keyScalar ? keyScalar.Value ?? "" : "(non-scalar key)";
                        entries.Add(new YamlEntry(key, budget < 0 ? YamlValue.Null : Convert(pair.Value, depth + 1, ref budget)));
                    }
                    return new YamlValue(YamlValueKind.Map, null, entries.ToEquatableArray());
                }
                default:
                    return YamlValue.Null;
            }
        }

        /// <summary>Plain scalars <c>~</c>, <c>null</c> and nothing are YAML's null; quoted ones are strings.</summary>
        private static bool IsNull(YamlScalarNode scalar) =>
            scalar.Style == YamlDotNet.Core.ScalarStyle.Plain
            && (scalar.Value == null || scalar.Value.Length == 0 || scalar.Value == "~"
                || string.Equals(scalar.Value, "null", StringComparison.OrdinalIgnoreCase));

        private static TextLocation LocationOf(Mark mark, LineMap lines, int yamlOffset, string yaml)
        {
            // Errors found only at the end of the text (an unclosed '[') point at the last YAML line instead of the
            // closing '---'.
            int index = (int)Math.Max(0, mark.Index);
            if (index >= yaml.TrimEnd().Length)
                index = yaml.TrimEnd().LastIndexOfAny(new[] { '\n', '\r' }) + 1;
            return lines.Location(yamlOffset + index, yamlOffset + index);
        }

        private static string FirstLine(string text)
        {
            int end = text.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? text : text.Substring(0, end);
        }
    }
}
