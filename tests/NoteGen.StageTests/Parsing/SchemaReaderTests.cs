using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;

namespace NoteGen.StageTests.Parsing;

/// <summary>Declared schemas: a <c>[NoteSchema(glob)]</c> type read from a compilation's symbols (no IL, no driver)
/// into its glob, members, construction and NG0017 problems.</summary>
public class SchemaReaderTests
{
    private const string FilePath = "Schemas.cs";

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    /// <summary>The framework's assemblies (those beside <c>System.Private.CoreLib</c>) and the runtime library.</summary>
    private static readonly MetadataReference[] s_references = ReferencesOf();

    private static readonly SyntaxTree s_usings = CSharpSyntaxTree.ParseText(
        "global using System; global using System.Collections.Generic; global using NoteGen;", s_parseOptions, "Usings.cs");

    private static MetadataReference[] ReferencesOf()
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetDirectoryName(p) == framework)
            .Append(typeof(NoteSchemaAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }

    private static CSharpCompilation Compile(string source, bool nullable) =>
        CSharpCompilation.Create("App", [CSharpSyntaxTree.ParseText(source, s_parseOptions, FilePath), s_usings], s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable));

    /// <summary>The schema <paramref name="name"/> (else the only one) of <paramref name="source"/>, read as the generator
    /// reads it, from the declaration's symbol and its [NoteSchema] attribute. The source must compile.</summary>
    private static NoteSchema Read(string source, string? name = null, bool nullable = true, bool compiles = true)
    {
        var compilation = Compile(source, nullable);
        Assert.Equal(compiles, !compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);
        var found = (
            from declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>()
            let type = model.GetDeclaredSymbol(declaration)!
            let attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == SchemaReader.AttributeName)
            where attribute != null && (name == null || type.Name == name)
            select SchemaReader.Read(type, attribute, declaration, CancellationToken.None)).ToList();
        return name == null ? Assert.Single(found) : found.First();
    }

    private static SchemaMember Member(string name, string type, SchemaScalar scalar, bool required = true, string? display = null,
        string? element = null, string? @default = null, string? referenced = null, params string[] enumNames) =>
        new(name, type, display ?? type, scalar, element, required, enumNames.ToEquatableArray(), @default, referenced);

    private static SchemaMember Only(NoteSchema schema) => Assert.Single(schema.Members);

    /// <summary>A span of the source as a location: the <paramref name="occurrence"/>th <paramref name="text"/>.</summary>
    private static TextLocation LocationOf(string source, string text, int line, int column, int occurrence = 1)
    {
        int start = -1;
        for (int i = 0; i < occurrence; i++)
            start = source.IndexOf(text, start + 1, StringComparison.Ordinal);
        return new TextLocation(start, text.Length, line, column, line, column + text.Length);
    }

    /// <summary>Diagnostic arguments are made printable, long ones cut at 120 characters with an ellipsis.</summary>
    private static string Printable(string problems) => string.Join("\n", problems.ReplaceLineEndings("\n").Split('\n')
        .Select(line => line.Split(" | ") is [var head, var message] ? head + " | " + DiagnosticText.Printable(message) : line));

    private static string Problems(NoteSchema schema) => string.Join("\n", schema.Diagnostics.Select(d => d.Id + " " + string.Join(" | ", d.Arguments)));

    // ---- The attribute ----

    [Fact]
    public void The_glob_is_the_attribute_argument_and_unknown_keys_are_allowed_unless_the_attribute_says_false()
    {
        var plain = Read("namespace App { [NoteSchema(\"notes/episodes/**/*.md\")] public record Episode(string Title); }");
        var strict = Read("namespace App { [NoteSchema(\"a/*.md\", AllowUnknownKeys = false)] public record Episode(string Title); }");
        var lax = Read("namespace App { [NoteSchema(\"a/*.md\", AllowUnknownKeys = true)] public record Episode(string Title); }");

        Assert.Equal(("notes/episodes/**/*.md", true), (plain.Glob, plain.AllowUnknownKeys));
        Assert.Equal(("a/*.md", false), (strict.Glob, strict.AllowUnknownKeys));
        Assert.Equal(("a/*.md", true), (lax.Glob, lax.AllowUnknownKeys));
    }

    [Fact]
    public void A_null_glob_reads_as_empty()
    {
        var schema = Read("namespace App { [NoteSchema(null!)] public record Episode(string Title); }");

        Assert.Equal("", schema.Glob);
    }

    [Fact]
    public void An_attribute_without_its_glob_argument_reads_as_an_empty_glob()
    {
        var schema = Read("namespace App { [NoteSchema] public record Episode(string Title); }", compiles: false);

        Assert.Equal(("", true), (schema.Glob, schema.AllowUnknownKeys));
        Assert.Equal(["Title"], schema.Members.Select(m => m.Name));
    }

    [Fact]
    public void The_schema_is_named_by_its_fully_qualified_type_and_its_simple_name_and_located_at_its_attribute()
    {
        const string source = "namespace App.Notes\n{\n    public static class Outer\n    {\n        [NoteSchema(\"a/*.md\")]\n        public record Episode(string Title);\n    }\n}\n";

        var schema = Read(source);

        Assert.Equal(("global::App.Notes.Outer.Episode", "Episode"), (schema.Type, schema.Name));
        Assert.Equal(FilePath, schema.FilePath);
        Assert.Equal(LocationOf(source, "NoteSchema(\"a/*.md\")", 4, 9), schema.Location);
        Assert.Empty(schema.Diagnostics);
    }

    [Fact]
    public void A_schema_in_the_global_namespace_is_named_with_the_global_alias()
    {
        var schema = Read("[NoteSchema(\"a/*.md\")] public record Episode(string Title);");

        Assert.Equal(("global::Episode", "Episode"), (schema.Type, schema.Name));
    }

    // ---- Members: primary-constructor parameters, else settable properties ----

    [Fact]
    public void A_records_members_are_its_primary_constructor_parameters_in_order()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("a/*.md")]
            public record Episode(string Title, string VideoId, int Number)
            {
                public string Extra { get; set; } = "";
            }
            """);

        Assert.Equal(SchemaConstruction.Constructor, schema.Construction);
        Assert.Equal(
            [Member("Title", "string", SchemaScalar.String), Member("VideoId", "string", SchemaScalar.String), Member("Number", "int", SchemaScalar.Int32)],
            schema.Members);
        Assert.Empty(schema.Diagnostics);
    }

    [Fact]
    public void A_class_or_record_struct_primary_constructor_makes_the_members_too()
    {
        var type = Read("namespace App; [NoteSchema(\"a/*.md\")] public class Episode(string title) { public string Title => title; }");
        var value = Read("namespace App; [NoteSchema(\"a/*.md\")] public readonly record struct Episode(long Number);");

        Assert.Equal(SchemaConstruction.Constructor, type.Construction);
        Assert.Equal([Member("title", "string", SchemaScalar.String)], type.Members);
        Assert.Equal(SchemaConstruction.Constructor, value.Construction);
        Assert.Equal([Member("Number", "long", SchemaScalar.Int64)], value.Members);
    }

    [Fact]
    public void A_constructor_that_is_not_the_primary_one_does_not_make_the_members()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("a/*.md")]
            public class Episode
            {
                public Episode() { }
                public Episode(string title) => Title = title;
                public string Title { get; set; } = "";
            }
            """);

        Assert.Equal(SchemaConstruction.Initializer, schema.Construction);
        Assert.Equal([Member("Title", "string", SchemaScalar.String, required: false)], schema.Members);
    }

    [Fact]
    public void A_record_with_a_primary_and_another_constructor_takes_the_primary_ones_parameters()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("a/*.md")]
            public record Episode(int Number, string Title)
            {
                public Episode(string title) : this(0, title) { }
            }
            """);

        Assert.Equal(SchemaConstruction.Constructor, schema.Construction);
        Assert.Equal(["Number", "Title"], schema.Members.Select(m => m.Name));
    }

    [Fact]
    public void A_record_without_parameters_reads_its_settable_properties()
    {
        var schema = Read("namespace App; [NoteSchema(\"a/*.md\")] public record Episode { public string Title { get; init; } = \"\"; }");
        var empty = Read("namespace App; [NoteSchema(\"a/*.md\")] public record Episode() { public int Number { get; set; } }");

        Assert.Equal(SchemaConstruction.Initializer, schema.Construction);
        Assert.Equal([Member("Title", "string", SchemaScalar.String, required: false)], schema.Members);
        Assert.Equal(SchemaConstruction.Initializer, empty.Construction);
        Assert.Equal([Member("Number", "int", SchemaScalar.Int32)], empty.Members);
    }

    [Fact]
    public void Only_instance_properties_with_an_accessible_setter_are_members()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("a/*.md")]
            public class Episode
            {
                public string Set { get; set; } = "";
                public string Init { get; init; } = "";
                public string InternalSet { get; internal set; } = "";
                public string ProtectedInternalSet { get; protected internal set; } = "";
                public string PrivateSet { get; private set; } = "";
                public string ProtectedSet { get; protected set; } = "";
                public string PrivateProtectedSet { get; private protected set; } = "";
                public string GetOnly { get; } = "";
                public string Computed => "";
                public static string Static { get; set; } = "";
                public string this[int i] { get => ""; set { } }
                public string Field = "";
            }
            """);

        Assert.Equal(["Set", "Init", "InternalSet", "ProtectedInternalSet"], schema.Members.Select(m => m.Name));
    }

    [Fact]
    public void Inherited_properties_are_members_after_the_types_own_and_an_overridden_one_counts_once()
    {
        var schema = Read("""
            namespace App;
            public class Base { public virtual string Title { get; set; } = ""; public int Number { get; set; } }
            public class Middle : Base { public bool Draft { get; set; } }
            [NoteSchema("a/*.md")]
            public class Episode : Middle { public override string Title { get; set; } = ""; public double Rating { get; set; } }
            """);

        Assert.Equal(["Title", "Rating", "Draft", "Number"], schema.Members.Select(m => m.Name));
        Assert.Equal(SchemaConstruction.Initializer, schema.Construction);
    }

    // ---- Scalar kinds ----

    [Theory]
    [InlineData("string", "string", "String")]
    [InlineData("bool", "bool", "Boolean")]
    [InlineData("int", "int", "Int32")]
    [InlineData("long", "long", "Int64")]
    [InlineData("float", "float", "Single")]
    [InlineData("double", "double", "Double")]
    [InlineData("decimal", "decimal", "Decimal")]
    [InlineData("DateTime", "global::System.DateTime", "DateTime")]
    [InlineData("DateTimeOffset", "global::System.DateTimeOffset", "DateTimeOffset")]
    [InlineData("DateOnly", "global::System.DateOnly", "DateOnly")]
    [InlineData("object", "object", "Object")]
    [InlineData("System.Int32", "int", "Int32")]
    public void Each_type_front_matter_holds_has_its_scalar_kind_and_is_required_when_not_nullable(string declared, string type, string kind)
    {
        var scalar = Enum.Parse<SchemaScalar>(kind);
        var schema = Read($"namespace App; [NoteSchema(\"a/*.md\")] public record Episode({declared} Value);");

        Assert.Equal(Member("Value", type, scalar, display: declared.Replace("System.Int32", "int")), Only(schema));
        Assert.Empty(schema.Diagnostics);
    }

    [Theory]
    [InlineData("string?", "string?", "String")]
    [InlineData("int?", "int?", "Int32")]
    [InlineData("bool?", "bool?", "Boolean")]
    [InlineData("DateTime?", "global::System.DateTime?", "DateTime")]
    [InlineData("DateOnly?", "global::System.DateOnly?", "DateOnly")]
    [InlineData("DateTimeOffset?", "global::System.DateTimeOffset?", "DateTimeOffset")]
    [InlineData("decimal?", "decimal?", "Decimal")]
    [InlineData("object?", "object?", "Object")]
    public void A_nullable_member_has_its_underlying_kind_and_is_optional(string declared, string type, string kind)
    {
        var scalar = Enum.Parse<SchemaScalar>(kind);
        var schema = Read($"namespace App; [NoteSchema(\"a/*.md\")] public record Episode({declared} Value);");

        Assert.Equal(Member("Value", type, scalar, required: false, display: declared), Only(schema));
    }

    [Fact]
    public void An_enum_member_keeps_its_names_in_declaration_order()
    {
        var schema = Read("""
            namespace App;
            public enum Status { Draft, Published = 5, Archived }
            [NoteSchema("a/*.md")]
            public record Episode(Status Status, Status? Previous);
            """);

        Assert.Equal(
            [Member("Status", "global::App.Status", SchemaScalar.Enum, display: "Status", enumNames: ["Draft", "Published", "Archived"]),
             Member("Previous", "global::App.Status?", SchemaScalar.Enum, required: false, display: "Status?", enumNames: ["Draft", "Published", "Archived"])],
            schema.Members);
    }

    [Theory]
    [InlineData("string[]", "string[]")]
    [InlineData("List<string>", "global::System.Collections.Generic.List<string>")]
    [InlineData("IList<string>", "global::System.Collections.Generic.IList<string>")]
    [InlineData("ICollection<string>", "global::System.Collections.Generic.ICollection<string>")]
    [InlineData("IEnumerable<string>", "global::System.Collections.Generic.IEnumerable<string>")]
    [InlineData("IReadOnlyList<string>", "global::System.Collections.Generic.IReadOnlyList<string>")]
    [InlineData("IReadOnlyCollection<string>", "global::System.Collections.Generic.IReadOnlyCollection<string>")]
    public void Arrays_lists_and_list_interfaces_are_lists_of_their_items_kind(string declared, string type)
    {
        var schema = Read($"namespace App; [NoteSchema(\"a/*.md\")] public record Episode({declared} Guests);");

        Assert.Equal(Member("Guests", type, SchemaScalar.String, display: declared, element: "string"), Only(schema));
        Assert.Empty(schema.Diagnostics);
    }

    [Fact]
    public void A_list_keeps_its_items_type_and_kind_and_a_nullable_list_is_optional()
    {
        var schema = Read("""
            namespace App;
            public enum Status { Draft }
            [NoteSchema("a/*.md")]
            public record Episode(IReadOnlyList<string>? Guests, DateTime[] Dates, List<Status> Statuses, IEnumerable<string?> Maybe);
            """);

        Assert.Equal(
            [Member("Guests", "global::System.Collections.Generic.IReadOnlyList<string>?", SchemaScalar.String, required: false,
                 display: "IReadOnlyList<string>?", element: "string"),
             Member("Dates", "global::System.DateTime[]", SchemaScalar.DateTime, display: "DateTime[]", element: "global::System.DateTime"),
             Member("Statuses", "global::System.Collections.Generic.List<global::App.Status>", SchemaScalar.Enum, display: "List<Status>",
                 element: "global::App.Status", enumNames: ["Draft"]),
             Member("Maybe", "global::System.Collections.Generic.IEnumerable<string?>", SchemaScalar.String, display: "IEnumerable<string?>", element: "string?")],
            schema.Members);
    }

    // ---- Refused members ----

    [Theory]
    [InlineData("Guid", "System.Guid")]
    [InlineData("TimeSpan", "System.TimeSpan")]
    [InlineData("char", "char")]
    [InlineData("short", "short")]
    [InlineData("byte", "byte")]
    [InlineData("uint", "uint")]
    [InlineData("ulong", "ulong")]
    [InlineData("int[,]", "int[*,*]")]
    [InlineData("int[][]", "int[][]")]
    [InlineData("List<List<string>>", "System.Collections.Generic.List<System.Collections.Generic.List<string>>")]
    [InlineData("HashSet<string>", "System.Collections.Generic.HashSet<string>")]
    [InlineData("Dictionary<string, int>", "System.Collections.Generic.Dictionary<string, int>")]
    [InlineData("ISet<string>", "System.Collections.Generic.ISet<string>")]
    [InlineData("Uri", "System.Uri")]
    [InlineData("Other", "App.Other")]
    public void A_member_of_a_type_front_matter_cannot_hold_is_left_out_with_NG0017_at_the_member(string declared, string display)
    {
        string source = $"namespace App;\npublic class Other {{ }}\n[NoteSchema(\"a/*.md\")]\npublic record Episode(string Title, {declared} Value);\n";

        var schema = Read(source);

        Assert.Equal(["Title"], schema.Members.Select(m => m.Name));
        Assert.Equal(SchemaConstruction.Constructor, schema.Construction);
        var problem = Assert.Single(schema.Diagnostics);
        Assert.Equal(
            new DiagnosticInfo("NG0017", FilePath, LocationOf(source, "Value", 3, 37 + declared.Length),
                new[] { "Episode", DiagnosticText.Printable($"member 'Value' has type '{display}', which front matter cannot hold; it is left out") }.ToEquatableArray()),
            problem);
    }

    [Fact]
    public void A_refused_property_is_located_at_its_name()
    {
        const string source = "namespace App;\n[NoteSchema(\"a/*.md\")]\npublic class Episode\n{\n    public Guid Id { get; set; }\n}\n";

        var schema = Read(source);

        Assert.Empty(schema.Members);
        Assert.Equal(SchemaConstruction.Initializer, schema.Construction);
        Assert.Equal(
            new DiagnosticInfo("NG0017", FilePath, LocationOf(source, "Id", 4, 16),
                new[] { "Episode", "member 'Id' has type 'System.Guid', which front matter cannot hold; it is left out" }.ToEquatableArray()),
            Assert.Single(schema.Diagnostics));
    }

    [Fact]
    public void A_list_of_nullable_values_is_refused()
    {
        var schema = Read("namespace App; [NoteSchema(\"a/*.md\")] public record Episode(List<int?> Numbers);");

        Assert.Empty(schema.Members);
        Assert.Equal("NG0017 Episode | member 'Numbers' has type 'System.Collections.Generic.List<int?>', which front matter cannot hold; it is left out",
            Problems(schema));
    }

    [Fact]
    public void A_member_of_a_private_or_protected_type_is_left_out_with_NG0017()
    {
        var schema = Read("""
            namespace App;
            public class Outer
            {
                private enum Hidden { A }
                protected enum Guarded { B }
                internal enum Shared { C }
                protected internal enum Family { D }
                private class Box { public enum Inside { E } }
                [NoteSchema("a/*.md")]
                private class Episode
                {
                    public Hidden First { get; set; }
                    public Guarded Second { get; set; }
                    public Shared Third { get; set; }
                    public Family Fourth { get; set; }
                    public List<Hidden> Fifth { get; set; } = new();
                    public Hidden[] Sixth { get; set; } = [];
                    public Box.Inside Seventh { get; set; }
                    public Hidden? Eighth { get; set; }
                }
            }
            """);

        Assert.Equal(["Third", "Fourth"], schema.Members.Select(m => m.Name));
        Assert.Equal(Printable("""
            NG0017 Episode | member 'First' has type 'App.Outer.Hidden', which is private or protected; it is left out
            NG0017 Episode | member 'Second' has type 'App.Outer.Guarded', which is private or protected; it is left out
            NG0017 Episode | member 'Fifth' has type 'System.Collections.Generic.List<App.Outer.Hidden>', which is private or protected; it is left out
            NG0017 Episode | member 'Sixth' has type 'App.Outer.Hidden[]', which is private or protected; it is left out
            NG0017 Episode | member 'Seventh' has type 'App.Outer.Box.Inside', which is private or protected; it is left out
            NG0017 Episode | member 'Eighth' has type 'App.Outer.Hidden?', which is private or protected; it is left out
            NG0017 Episode | it is private or protected, so notes cannot expose it as Data
            """), Problems(schema));
    }

    // ---- Required and defaults ----

    [Fact]
    public void A_parameter_is_optional_when_it_has_a_default_or_is_nullable()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("a/*.md")]
            public record Episode(string Title, string? Subtitle, int Number, int? Season, double Rating = 2.5, string Host = "Ann");
            """);

        Assert.Equal(
            [("Title", true, null), ("Subtitle", false, null), ("Number", true, null), ("Season", false, null),
             ("Rating", false, "(double)(2.5)"), ("Host", false, "(string)(\"Ann\")")],
            schema.Members.Select(m => (m.Name, m.Required, m.Default)));
    }

    [Fact]
    public void A_property_is_optional_when_it_is_nullable_or_initialized_unless_it_is_marked_required()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("a/*.md")]
            public class Episode
            {
                public string Title { get; set; } = null!;
                public string Name { get; set; }
                public string? Subtitle { get; set; }
                public int Number { get; set; }
                public int Season { get; set; } = 1;
                public int? Part { get; set; }
                public string Host { get; set; } = "Ann";
                public required string? Guest { get; set; }
                public required int Year { get; set; } = 2024;
            }
            """);

        Assert.Equal(
            [("Title", false), ("Name", true), ("Subtitle", false), ("Number", true), ("Season", false), ("Part", false), ("Host", false),
             ("Guest", true), ("Year", true)],
            schema.Members.Select(m => (m.Name, m.Required)));
        Assert.All(schema.Members, m => Assert.Null(m.Default));
    }

    [Fact]
    public void An_inherited_positional_property_is_required_as_it_has_no_initializer()
    {
        var schema = Read("""
            namespace App;
            public record Base(string Title, string? Subtitle);
            [NoteSchema("a/*.md")]
            public record Episode() : Base("", null) { public string Host { get; init; } = ""; }
            """);

        Assert.Equal(SchemaConstruction.Initializer, schema.Construction);
        Assert.Equal([("Host", false), ("Title", true), ("Subtitle", false)], schema.Members.Select(m => (m.Name, m.Required)));
    }

    [Fact]
    public void Without_nullable_annotations_a_reference_type_is_optional_and_a_value_type_required()
    {
        var parameters = Read("namespace App; [NoteSchema(\"a/*.md\")] public record Episode(string Title, int Number, int? Season, string[] Guests);",
            nullable: false);
        var properties = Read("namespace App; [NoteSchema(\"a/*.md\")] public class Episode { public string Title { get; set; } public int Number { get; set; } }",
            nullable: false);

        Assert.Equal([("Title", false, "string"), ("Number", true, "int"), ("Season", false, "int?"), ("Guests", false, "string[]")],
            parameters.Members.Select(m => (m.Name, m.Required, m.Type)));
        Assert.Equal([("Title", false), ("Number", true)], properties.Members.Select(m => (m.Name, m.Required)));
    }

    [Theory]
    [InlineData("int N = 3", "(int)(3)")]
    [InlineData("int N = -3", "(int)(-3)")]
    [InlineData("long N = 10000000000", "(long)(10000000000)")]
    [InlineData("bool N = true", "(bool)(true)")]
    [InlineData("double N = 2.5", "(double)(2.5)")]
    [InlineData("float N = 0.5f", "(float)(0.5)")]
    [InlineData("decimal N = 2.50m", "(decimal)(2.50M)")]
    [InlineData("string N = \"say \\\"hi\\\"\"", "(string)(\"say \\\"hi\\\"\")")]
    [InlineData("string? N = null", "default")]
    [InlineData("int? N = null", "default")]
    [InlineData("int? N = 4", "(int?)(4)")]
    [InlineData("DateTime N = default", "default")]
    [InlineData("DateTime? N = null", "default")]
    [InlineData("object? N = null", "default")]
    [InlineData("Status N = Status.Published", "(global::App.Status)(1)")]
    [InlineData("double N = double.NaN", "global::System.Double.NaN")]
    [InlineData("double N = double.PositiveInfinity", "global::System.Double.PositiveInfinity")]
    [InlineData("double N = double.NegativeInfinity", "global::System.Double.NegativeInfinity")]
    [InlineData("double N = -1.0 / 0.0", "global::System.Double.NegativeInfinity")]
    [InlineData("float N = float.NaN", "global::System.Single.NaN")]
    [InlineData("float N = float.PositiveInfinity", "global::System.Single.PositiveInfinity")]
    [InlineData("float N = float.NegativeInfinity", "global::System.Single.NegativeInfinity")]
    [InlineData("double N = double.MaxValue", "(double)(1.7976931348623157E+308)")]
    public void A_parameter_default_is_written_as_CSharp_cast_to_the_parameters_type(string parameter, string expected)
    {
        var schema = Read($"namespace App; public enum Status {{ Draft, Published }} [NoteSchema(\"a/*.md\")] public record Episode({parameter});");

        var member = Only(schema);
        Assert.Equal((expected, false), (member.Default, member.Required));
    }

    // ---- References ----

    [Fact]
    public void A_member_typed_as_another_schema_is_a_reference_to_it()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("people/*.md")]
            public record Person(string Name);
            [NoteSchema("books/*.md")]
            public record Book(Person Author, Person? Editor, IReadOnlyList<Person> Translators, Person[]? Others);
            """, "Book");

        Assert.Equal(
            [Member("Author", "global::App.Person", SchemaScalar.Reference, display: "Person", referenced: "global::App.Person"),
             Member("Editor", "global::App.Person?", SchemaScalar.Reference, required: false, display: "Person?", referenced: "global::App.Person"),
             Member("Translators", "global::System.Collections.Generic.IReadOnlyList<global::App.Person>", SchemaScalar.Reference,
                 display: "IReadOnlyList<Person>", element: "global::App.Person", referenced: "global::App.Person"),
             Member("Others", "global::App.Person[]?", SchemaScalar.Reference, required: false, display: "Person[]?", element: "global::App.Person",
                 referenced: "global::App.Person")],
            schema.Members);
        Assert.Empty(schema.Diagnostics);
    }

    [Fact]
    public void A_member_typed_as_a_schema_struct_is_a_reference_nullable_or_not()
    {
        var schema = Read("""
            namespace App;
            [NoteSchema("places/*.md")]
            public record struct Place(string Name);
            [NoteSchema("people/*.md")]
            public record Person(Place Home, Place? Birthplace);
            """, "Person");

        Assert.Equal(
            [("Home", SchemaScalar.Reference, true, "global::App.Place"), ("Birthplace", SchemaScalar.Reference, false, "global::App.Place")],
            schema.Members.Select(m => (m.Name, m.Scalar, m.Required, m.ReferencedSchema)));
    }

    [Fact]
    public void A_member_typed_as_Note_is_a_reference_to_any_note()
    {
        var schema = Read("namespace App; [NoteSchema(\"people/*.md\")] public record Person(Note Home, Note? Birthplace, List<Note> Visited);");

        Assert.Equal(
            [Member("Home", "global::NoteGen.Note", SchemaScalar.Reference, display: "Note"),
             Member("Birthplace", "global::NoteGen.Note?", SchemaScalar.Reference, required: false, display: "Note?"),
             Member("Visited", "global::System.Collections.Generic.List<global::NoteGen.Note>", SchemaScalar.Reference, display: "List<Note>",
                 element: "global::NoteGen.Note")],
            schema.Members);
    }

    [Fact]
    public void A_type_named_Note_elsewhere_or_a_class_without_the_attribute_is_not_a_reference()
    {
        var schema = Read("""
            namespace App;
            public class Note { }
            public class Person { }
            [NoteSchema("a/*.md")]
            public record Book(Note Home, Person Author);
            """, "Book");

        Assert.Empty(schema.Members);
        Assert.Equal(Printable("""
            NG0017 Book | member 'Home' has type 'App.Note', which front matter cannot hold; it is left out
            NG0017 Book | member 'Author' has type 'App.Person', which front matter cannot hold; it is left out
            """), Problems(schema));
    }

    // ---- Refused schemas ----

    [Theory]
    [InlineData("public record Episode<T>(string Title);", "Episode", "it is generic")]
    [InlineData("public abstract record Episode(string Title);", "Episode", "it is abstract")]
    [InlineData("public abstract class Episode { public string Title { get; set; } = \"\"; }", "Episode", "it is abstract")]
    [InlineData("public class Episode { private Episode() { } public string Title { get; set; } = \"\"; }", "Episode",
        "it has no accessible primary or parameterless constructor")]
    [InlineData("public class Episode { protected Episode() { } public string Title { get; set; } = \"\"; }", "Episode",
        "it has no accessible primary or parameterless constructor")]
    [InlineData("public class Episode { public Episode(string title) => Title = title; public string Title { get; set; } }", "Episode",
        "it has no accessible primary or parameterless constructor")]
    [InlineData("public class Box { [NoteSchema(\"a/*.md\")] private record Episode(string Title); }", "Episode", "it is private or protected")]
    [InlineData("public class Box { [NoteSchema(\"a/*.md\")] protected record Episode(string Title); }", "Episode", "it is private or protected")]
    [InlineData("public class Box { [NoteSchema(\"a/*.md\")] private protected record Episode(string Title); }", "Episode", "it is private or protected")]
    [InlineData("class Box { private class Inner { [NoteSchema(\"a/*.md\")] public record Episode(string Title); } }", "Episode", "it is private or protected")]
    [InlineData("public abstract class Episode<T> { private Episode() { } }", "Episode", "it is generic")]
    [InlineData("public class Box { [NoteSchema(\"a/*.md\")] private abstract record Episode(string Title); }", "Episode", "it is private or protected")]
    [InlineData("public abstract class Episode { private Episode() { } }", "Episode", "it is abstract")]
    public void A_schema_notes_cannot_expose_as_Data_is_refused_with_NG0017_at_its_attribute(string declaration, string name, string reason)
    {
        string source = "namespace App;\n" + (declaration.Contains("NoteSchema") ? declaration : "[NoteSchema(\"a/*.md\")] " + declaration) + "\n";

        var schema = Read(source);

        Assert.Equal(SchemaConstruction.None, schema.Construction);
        var location = LocationOf(source, "NoteSchema(\"a/*.md\")", 1, source.IndexOf("NoteSchema", StringComparison.Ordinal) - "namespace App;\n".Length);
        Assert.Equal(location, schema.Location);
        Assert.Equal(new DiagnosticInfo("NG0017", FilePath, location, new[] { name, reason + ", so notes cannot expose it as Data" }.ToEquatableArray()), Assert.Single(schema.Diagnostics));
    }

    [Theory]
    [InlineData("public class Episode { public string Title { get; set; } = \"\"; }")]
    [InlineData("internal class Episode { internal Episode() { } public string Title { get; set; } = \"\"; }")]
    [InlineData("public class Episode { protected internal Episode() { } public string Title { get; set; } = \"\"; }")]
    [InlineData("public struct Episode { public Episode(int n) { Title = \"\"; } public string Title { get; set; } }")]
    [InlineData("public sealed class Episode { public Episode(int n) { } public Episode() { } public string Title { get; set; } = \"\"; }")]
    [InlineData("public class Box { [NoteSchema(\"a/*.md\")] internal record Episode { public string Title { get; set; } = \"\"; } }")]
    [InlineData("public class Box { [NoteSchema(\"a/*.md\")] protected internal class Episode { public string Title { get; set; } = \"\"; } }")]
    public void A_type_with_an_accessible_parameterless_constructor_or_a_struct_is_made_with_an_initializer(string declaration)
    {
        string source = "namespace App;\n" + (declaration.Contains("NoteSchema") ? declaration : "[NoteSchema(\"a/*.md\")] " + declaration) + "\n";

        var schema = Read(source);

        Assert.Equal(SchemaConstruction.Initializer, schema.Construction);
        Assert.Equal(["Title"], schema.Members.Select(m => m.Name));
        Assert.Empty(schema.Diagnostics);
    }

    [Fact]
    public void A_refused_schema_still_reports_its_refused_members()
    {
        const string source = "namespace App;\n[NoteSchema(\"a/*.md\")]\npublic abstract record Episode(string Title, Guid Id);\n";

        var schema = Read(source);

        Assert.Equal(["Title"], schema.Members.Select(m => m.Name));
        Assert.Equal(Printable("""
            NG0017 Episode | member 'Id' has type 'System.Guid', which front matter cannot hold; it is left out
            NG0017 Episode | it is abstract, so notes cannot expose it as Data
            """), Problems(schema));
        Assert.Equal(LocationOf(source, "Id", 2, 50), schema.Diagnostics[0].Location);
    }
}
