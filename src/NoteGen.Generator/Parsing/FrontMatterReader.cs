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
        /// <param name="linkTexts">Receives where, in the note, each text value that may hold wiki links is written (a
        /// top-level key's scalar, or an item of its list), with its key: links are found in the source as written.</param>
        public static YamlValue Read(string yaml, string filePath, LineMap lines, int yamlOffset, List<DiagnosticInfo> diagnostics,
            List<PropertyText> linkTexts) =>
            TryReadSimple(yaml, lines, yamlOffset, linkTexts, out var simple) ? simple
                : ReadWithYamlDotNet(yaml, filePath, lines, yamlOffset, diagnostics, linkTexts);

        /// <summary>Any YAML, read by YamlDotNet (parameters as <see cref="Read"/>'s).</summary>
        internal static YamlValue ReadWithYamlDotNet(string yaml, string filePath, LineMap lines, int yamlOffset, List<DiagnosticInfo> diagnostics,
            List<PropertyText> linkTexts)
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
            var value = Convert(root, 0, ref budget, lines, yamlOffset);
            foreach (var pair in ((YamlMappingNode)root).Children)
            {
                if (!(pair.Key is YamlScalarNode key) || key.Value == null)
                    continue;
                var items = pair.Value is YamlSequenceNode sequence ? sequence.Children : (IEnumerable<YamlNode>)new[] { pair.Value };
                foreach (var item in items)
                    if (item is YamlScalarNode text && text.Value != null && text.Value.Contains("[["))
                        linkTexts.Add(new PropertyText(key.Value, yamlOffset + (int)text.Start.Index, yamlOffset + (int)text.End.Index));
            }
            if (budget < 0)
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.InvalidFrontMatter, filePath, rootLocation,
                    $"more than {MaxNodes} values or deeper than {MaxDepth} levels (with aliases expanded); the rest is left out"));
            return value;
        }

        /// <summary>
        /// The fast path for the usual front matter: only <c>key: plain value</c> lines (keys like <c>videoId</c>,
        /// values that start with no YAML indicator and hold no comment, colon-space or control character),
        /// no duplicate keys. For those, YamlDotNet would return the same strings; parsing them by hand avoids its
        /// setup cost on every note. Anything else goes to YamlDotNet: false, with nothing added to <paramref name="linkTexts"/>.
        /// </summary>
        internal static bool TryReadSimple(string yaml, LineMap lines, int yamlOffset, List<PropertyText> linkTexts, out YamlValue value)
        {
            var texts = new List<PropertyText>();
            value = YamlValue.EmptyMap;
            var entries = new List<YamlEntry>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            int lineStart = 0;
            foreach (string rawLine in yaml.Split('\n'))
            {
                int start = yamlOffset + lineStart;
                lineStart += rawLine.Length + 1;
                string line = rawLine.EndsWith("\r", StringComparison.Ordinal) ? rawLine.Substring(0, rawLine.Length - 1) : rawLine;
                if (line.Length == 0)
                    continue;
                int colon = line.IndexOf(':');
                if (colon <= 0 || colon + 2 >= line.Length || line[colon + 1] != ' ' || !IsSimpleKey(line, colon))
                    return false;
                string scalar = line.Substring(colon + 2);
                if (!IsSimplePlainScalar(scalar) || !keys.Add(line.Substring(0, colon)))
                    return false;
                bool isNull = scalar == "~" || string.Equals(scalar, "null", StringComparison.OrdinalIgnoreCase);
                entries.Add(new YamlEntry(line.Substring(0, colon),
                    isNull ? YamlValue.Null : new YamlValue(YamlValueKind.Scalar, scalar, EquatableArray<YamlEntry>.Empty),
                    lines.Location(start, start + colon)));
                if (scalar.Contains("[["))
                    texts.Add(new PropertyText(line.Substring(0, colon), start + colon + 2, start + line.Length));
            }
            if (entries.Count > 0)
                value = new YamlValue(YamlValueKind.Map, null, entries.ToEquatableArray());
            linkTexts.AddRange(texts);
            return true;
        }

        private static bool IsSimpleKey(string line, int length)
        {
            if (!IsAsciiLetter(line[0]) && line[0] != '_')
                return false;
            for (int i = 1; i < length; i++)
                if (!IsWordCharacter(line[i]) && line[i] != '-')
                    return false;
            return true;
        }

        private static bool IsSimplePlainScalar(string scalar)
        {
            // A leading '-' starts a list only before a space: "-x8Y" is a YouTube id like any other (1 in 64 start so).
            bool dashedWord = scalar[0] == '-' && scalar.Length > 1 && IsWordCharacter(scalar[1]);
            if ((!dashedWord && "-?:,[]{}#&*!|>'\"%@` \t".IndexOf(scalar[0]) >= 0) || scalar[scalar.Length - 1] == ' ' || scalar[scalar.Length - 1] == ':'
                || scalar.IndexOf(": ", StringComparison.Ordinal) >= 0 || scalar.IndexOf(" #", StringComparison.Ordinal) >= 0)
                return false;
            foreach (char c in scalar)
                if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || char.IsSurrogate(c))
                    return false;
            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsWordCharacter(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';

        private static YamlValue Convert(YamlNode node, int depth, ref int budget, LineMap lines, int yamlOffset)
        {
            if (--budget < 0 || depth > MaxDepth)
            {
                budget = -1;
                return YamlValue.Null;
            }
            switch (node)
            {
                case YamlScalarNode scalar:
                    return IsNull(scalar) ? YamlValue.Null
                        : new YamlValue(YamlValueKind.Scalar, scalar.Value, EquatableArray<YamlEntry>.Empty, Quoted: scalar.Style != ScalarStyle.Plain);
                case YamlSequenceNode sequence:
                {
                    var items = new List<YamlEntry>();
                    foreach (var child in sequence.Children)
                    {
                        if (budget < 0)
                            break;
                        items.Add(new YamlEntry(null, Convert(child, depth + 1, ref budget, lines, yamlOffset)));
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
                        var value = budget < 0 ? YamlValue.Null : Convert(pair.Value, depth + 1, ref budget, lines, yamlOffset);
                        entries.Add(new YamlEntry(key, value, lines.Location(yamlOffset + (int)pair.Key.Start.Index, yamlOffset + (int)pair.Key.End.Index)));
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

    /// <summary>A front-matter text value as written in the note: [<paramref name="Start"/>, <paramref name="End"/>) of
    /// the note's text, under top-level key <paramref name="Key"/>.</summary>
    internal readonly record struct PropertyText(string Key, int Start, int End);
}
