using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NoteGen.Generator.Diagnostics
{
    /// <summary>Every diagnostic NoteGen reports. IDs are stable: never reuse or renumber one (README lists them).</summary>
    internal static class NoteGenDiagnostics
    {
        private const string Category = "NoteGen";

        public static readonly DiagnosticDescriptor BrokenLink = new DiagnosticDescriptor(
            "NG0001", "Broken link",
            "Link target '{0}' does not match any note{1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A wiki or Markdown link whose target matches no note's file name, path or alias (case-insensitive).");

        public static readonly DiagnosticDescriptor InvalidFrontMatter = new DiagnosticDescriptor(
            "NG0002", "Invalid front matter",
            "Front matter is not valid YAML: {0}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The YAML between the '---' lines could not be read; the note is generated without front matter.");

        public static readonly DiagnosticDescriptor FrontMatterNotAMap = new DiagnosticDescriptor(
            "NG0003", "Front matter is not a map",
            "Front matter must be a map of 'key: value' lines, but it is a {0}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnterminatedFrontMatter = new DiagnosticDescriptor(
            "NG0004", "Unterminated front matter",
            "Front matter starts with '---' but has no closing '---' line",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MalformedTimestamp = new DiagnosticDescriptor(
            "NG0005", "Malformed timestamp",
            "Timestamp '{0}' is not HH:MM:SS or MM:SS (minutes and seconds below 60); it is left out",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EmptyLinkTarget = new DiagnosticDescriptor(
            "NG0006", "Link without target",
            "Link '{0}' has no target",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor UnreadableNote = new DiagnosticDescriptor(
            "NG0007", "Note could not be processed",
            "NoteGen could not process this note ({0}); it is generated without content",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The file could not be read or parsed. Please report it with the file if it is readable Markdown.");

        public static readonly DiagnosticDescriptor IdentifierRenamed = new DiagnosticDescriptor(
            "NG0008", "Identifier renamed",
            "{0} is generated as '{1}' because '{2}' is already taken",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidSetting = new DiagnosticDescriptor(
            "NG0009", "Invalid NoteGen setting",
            "{0} '{1}' {2}; using '{3}' instead",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "An MSBuild property NoteGen reads has a value it cannot use.");

        public static readonly DiagnosticDescriptor MissingHeading = new DiagnosticDescriptor(
            "NG0010", "Heading not found",
            "Note '{0}' has no heading '{1}'{2}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A link to [[note#Heading]] (or [[note#A#B]]) whose note exists but whose heading does not. Headings compare as Obsidian compares them: case-insensitive, punctuation ignored.");

        public static readonly DiagnosticDescriptor MissingBlock = new DiagnosticDescriptor(
            "NG0011", "Block not found",
            "Note '{0}' has no block '^{1}'",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A link to [[note#^id]] whose note exists but has no '^id' at the end of a line.");

        public static readonly DiagnosticDescriptor MissingAttachment = new DiagnosticDescriptor(
            "NG0012", "Attachment not found",
            "Link target '{0}' does not match any file listed in AdditionalFiles{1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A link or embed of a file that is not a note (an image, a PDF) matches none of the project's AdditionalFiles. Checked only when the project lists at least one such file.");

        public static readonly DiagnosticDescriptor FrontMatterTypeConflict = new DiagnosticDescriptor(
            "NG0013", "Front matter types differ",
            "Front matter '{0}' has different types across notes ({1}); it is generated as {2}",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: "A front-matter key holds values of types that do not widen into one (integer and number do; date and date with offset do). The typed property falls back to text, or to the raw value.");

        public static readonly DiagnosticDescriptor MissingSchemaKey = new DiagnosticDescriptor(
            "NG0014", "Front matter misses a schema member",
            "Front matter has no '{0}', which schema '{1}' requires",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A note matching a [NoteSchema] glob lacks a value for a required member (non-nullable, no default). Keys match members ignoring case, '-' and '_'.");

        public static readonly DiagnosticDescriptor WrongSchemaType = new DiagnosticDescriptor(
            "NG0015", "Front matter value does not fit the schema",
            "Front matter '{0}' is {1}, which does not fit member '{2}' ({3}) of schema '{4}'",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A note matching a [NoteSchema] glob has a value the member's type cannot hold; at run time the member reads its default.");

        public static readonly DiagnosticDescriptor UnknownSchemaKey = new DiagnosticDescriptor(
            "NG0016", "Front matter key not in the schema",
            "Front matter '{0}' is not a member of schema '{1}'{2}",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A note matching a [NoteSchema(AllowUnknownKeys = false)] glob has a key the schema does not declare. title, tags and aliases are always allowed.");

        public static readonly DiagnosticDescriptor InvalidSchema = new DiagnosticDescriptor(
            "NG0017", "Schema cannot be used as declared",
            "Schema '{0}': {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A [NoteSchema] type has a member of a type front matter cannot hold (it can hold string, bool, int, long, float, double, decimal, DateTime, DateOnly, DateTimeOffset, enums, object, and arrays or lists of those), or generated code cannot construct it.");

        public static readonly DiagnosticDescriptor SchemaMatchesNoNote = new DiagnosticDescriptor(
            "NG0018", "Schema matches no note",
            "Schema '{0}' matches no note: no note path matches '{1}'",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The glob of a [NoteSchema] matches none of the project's notes (paths relative to the project directory); it is probably mistyped.");

        public static readonly DiagnosticDescriptor SeveralSchemas = new DiagnosticDescriptor(
            "NG0019", "Note matches several schemas",
            "Note matches several schemas ({0}); it follows {1}",
            Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A note's path matches the globs of more than one [NoteSchema]; it follows the first by full type name.");

        public static readonly DiagnosticDescriptor LibraryOlderThanGenerator = new DiagnosticDescriptor(
            "NG0020", "NoteGen library older than the generator",
            "The project compiles against NoteGen library {0}, older than the NoteGen generator {1} that writes its notes; update the NoteGen package reference to {1} or later",
            Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "The generated code uses the NoteGen runtime library of the generator's own version; an older library may lack what it calls or the payload format it writes, which would fail when the app runs.");

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new[]
        {
            BrokenLink, InvalidFrontMatter, FrontMatterNotAMap, UnterminatedFrontMatter, MalformedTimestamp,
            EmptyLinkTarget, UnreadableNote, IdentifierRenamed, InvalidSetting, MissingHeading, MissingBlock, MissingAttachment,
            FrontMatterTypeConflict, MissingSchemaKey, WrongSchemaType, UnknownSchemaKey, InvalidSchema, SchemaMatchesNoNote, SeveralSchemas,
            LibraryOlderThanGenerator,
        }.ToDictionary(d => d.Id);

        public static DiagnosticDescriptor ById(string id) => s_byId[id];
    }
}
