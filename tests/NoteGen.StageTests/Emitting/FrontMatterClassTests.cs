using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;

namespace NoteGen.StageTests.Emitting;

/// <summary><c>VaultNote</c>'s typed front matter and the schema classes.</summary>
public class FrontMatterClassTests
{
    private static readonly GeneratorSettings Settings = EmittingVault.Settings;
    private static readonly GeneratorSettings NoAnnotations = Settings with { SupportsNullableAnnotations = false };

    private static string VaultNote(GeneratorSettings settings, params FrontMatterMember[] members) =>
        VaultNoteEmitter.Emit(new VaultFrontMatter(settings, members.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty)).Source;

    private static FrontMatterMember Member(string key, ScalarKind kind, bool list, bool nullable) =>
        new(key, NoteGen.Generator.Resolution.FrontMatterInference.PropertyName(key), new FrontMatterType(kind, list), nullable);

    [Theory]
    [InlineData(ScalarKind.String, false, false, "string Key => FrontMatterString(\"key\")!;", "text, in every note.")]
    [InlineData(ScalarKind.String, false, true, "string? Key => FrontMatterString(\"key\");", "text; <c>null</c> in notes without it.")]
    [InlineData(ScalarKind.Boolean, false, false, "bool Key => FrontMatterBoolean(\"key\").GetValueOrDefault();", "boolean, in every note.")]
    [InlineData(ScalarKind.Int64, false, true, "long? Key => FrontMatterInt64(\"key\");", "integer; <c>null</c> in notes without it.")]
    [InlineData(ScalarKind.Double, false, false, "double Key => FrontMatterDouble(\"key\").GetValueOrDefault();", "number, in every note.")]
    [InlineData(ScalarKind.DateTime, false, true, "global::System.DateTime? Key => FrontMatterDateTime(\"key\");", "date; <c>null</c> in notes without it.")]
    [InlineData(ScalarKind.DateTimeOffset, false, false, "global::System.DateTimeOffset Key => FrontMatterDateTimeOffset(\"key\").GetValueOrDefault();", "date with offset, in every note.")]
    [InlineData(ScalarKind.Object, false, true, "object? Key => FrontMatterValue(\"key\");", "map or mixed value; <c>null</c> in notes without it.")]
    [InlineData(ScalarKind.Object, true, false, "global::System.Collections.Generic.IReadOnlyList<object> Key => FrontMatterList<object>(\"key\")!;", "list of mixed value, in every note.")]
    [InlineData(ScalarKind.String, true, true, "global::System.Collections.Generic.IReadOnlyList<string>? Key => FrontMatterList<string>(\"key\");", "list of text; <c>null</c> in notes without it.")]
    [InlineData(ScalarKind.Boolean, true, false, "global::System.Collections.Generic.IReadOnlyList<bool> Key => FrontMatterList<bool>(\"key\")!;", "list of boolean, in every note.")]
    [InlineData(ScalarKind.Int64, true, false, "global::System.Collections.Generic.IReadOnlyList<long> Key => FrontMatterList<long>(\"key\")!;", "list of integer, in every note.")]
    [InlineData(ScalarKind.Double, true, false, "global::System.Collections.Generic.IReadOnlyList<double> Key => FrontMatterList<double>(\"key\")!;", "list of number, in every note.")]
    [InlineData(ScalarKind.DateTime, true, false, "global::System.Collections.Generic.IReadOnlyList<global::System.DateTime> Key => FrontMatterList<global::System.DateTime>(\"key\")!;", "list of date, in every note.")]
    [InlineData(ScalarKind.DateTimeOffset, true, false, "global::System.Collections.Generic.IReadOnlyList<global::System.DateTimeOffset> Key => FrontMatterList<global::System.DateTimeOffset>(\"key\")!;", "list of date with offset, in every note.")]
    [InlineData(ScalarKind.Link, false, true, "global::NoteGen.NoteLink? Key => FrontMatterLink(\"key\");", "link; <c>null</c> in notes without it.")]
    [InlineData(ScalarKind.Link, true, false, "global::System.Collections.Generic.IReadOnlyList<global::NoteGen.NoteLink> Key => FrontMatterLinks(\"key\")!;", "list of link, in every note.")]
    public void Each_front_matter_key_is_a_property_typed_as_inferred_nullable_only_when_some_note_lacks_it(object kind, bool list, bool nullable, string property, string doc)
    {
        string source = VaultNote(Settings, Member("key", (ScalarKind)kind, list, nullable));

        Assert.Contains("            /// <summary>Front matter <c>key</c>: " + doc + "</summary>\n            public " + property + "\n", source);
    }

    [Theory]
    [InlineData(ScalarKind.String, false, false, "string Key => FrontMatterString(\"key\");")]
    [InlineData(ScalarKind.String, false, true, "string Key => FrontMatterString(\"key\");")]
    [InlineData(ScalarKind.Link, true, true, "global::System.Collections.Generic.IReadOnlyList<global::NoteGen.NoteLink> Key => FrontMatterLinks(\"key\");")]
    [InlineData(ScalarKind.Int64, false, true, "long? Key => FrontMatterInt64(\"key\");")]
    public void Without_nullable_reference_types_reference_properties_are_neither_annotated_nor_asserted(object kind, bool list, bool nullable, string property)
    {
        Assert.Contains("public " + property + "\n", VaultNote(NoAnnotations, Member("key", (ScalarKind)kind, list, nullable)));
    }

    [Fact]
    public void Front_matter_properties_are_separated_by_a_blank_line()
    {
        string source = VaultNote(Settings, Member("a", ScalarKind.String, false, true), Member("b", ScalarKind.String, false, true));

        Assert.Contains("            => new VaultNote<TSections>(file, position);\n\n            /// <summary>Front matter <c>a</c>", source);
        Assert.Contains("FrontMatterString(\"a\");\n\n            /// <summary>Front matter <c>b</c>", source);
    }

    [Fact]
    public void VaultNote_derives_from_Note_and_escapes_keys_in_its_doc_comments_and_literals()
    {
        var result = VaultNoteEmitter.Emit(new VaultFrontMatter(Settings, new[] { Member("say \"<hi>\"", ScalarKind.String, false, true) }.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty));

        Assert.Equal("Notes.VaultNote.g.cs", result.HintName);
        string source = result.Source;
        Assert.Contains("    {\n        /// <summary>What every note of this vault has: the front matter of all notes, typed as inferred from all of them.</summary>\n"
            + "        " + SourceFile.GeneratedCodeAttribute + "\n"
            + "        [global::System.Text.Json.Serialization.JsonConverter(typeof(global::NoteGen.NoteJsonConverter))]\n"
            + "        public abstract class VaultNote : global::NoteGen.Note\n        {\n"
            + "            internal VaultNote(int file, int position)\n                : base(Vault, file, position)\n", source);
        Assert.Contains("            internal static VaultNote<TSections> Create<TSections>(int file, int position)\n", source);
        Assert.Contains("/// <summary>Front matter <c>say \"&lt;hi&gt;\"</c>: text; <c>null</c> in notes without it.</summary>\n"
            + "            public string? SayHi => FrontMatterString(\"say \\\"<hi>\\\"\");\n        }\n", source);
        Assert.Contains("        public sealed class VaultNote<TSections> : VaultNote\n", source);
    }

    // Schemas.

    private static SchemaMember Schema(string name, string type, bool required = false, string? @default = null, string? element = null,
        SchemaScalar scalar = SchemaScalar.String, string? references = null) =>
        new(name, type, type.Replace("global::", ""), scalar, element, required, EquatableArray<string>.Empty, @default, references);

    private static NoteSchema Declared(string type, SchemaConstruction construction, params SchemaMember[] members) =>
        new(type, type[(type.LastIndexOf('.') + 1)..], "talks/*.md", false, construction, members.ToEquatableArray(), "/project/Talk.cs", TextLocation.FileStart,
            EquatableArray<DiagnosticInfo>.Empty);

    private static GeneratedOutput Schemas(GeneratorSettings settings, FrontMatterMember[] inherited, params SchemaClass[] schemas) =>
        SchemaEmitter.Emit(new VaultIndex(settings, EquatableArray<NoteEntry>.Empty, EquatableArray<NoteAnchors>.Empty, EquatableArray<string>.Empty,
            schemas.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty), new VaultFrontMatter(settings, inherited.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty));

    [Fact]
    public void Without_schemas_there_is_no_schema_file()
    {
        var output = Schemas(Settings, []);

        Assert.Null(output.File);
        Assert.Empty(output.Diagnostics);
    }

    [Fact]
    public void A_constructor_schema_class_reads_each_member_with_its_fallback_and_makes_Data_with_the_constructor()
    {
        var talk = Declared("global::App.Talk", SchemaConstruction.Constructor,
            Schema("Speaker", "string", required: true),
            Schema("Minutes", "int", @default: "60", scalar: SchemaScalar.Int32),
            Schema("Topics", "global::System.Collections.Generic.IReadOnlyList<string>", element: "string"),
            Schema("Tags", "string[]", element: "string"),
            Schema("Title", "string"),
            Schema("Data", "string"));

        var output = Schemas(Settings, [Member("speaker", ScalarKind.String, false, true)], new SchemaClass(talk, "Talk"));

        Assert.Equal("Notes.Schemas.g.cs", output.File!.HintName);
        string source = output.File.Source;
        Assert.Contains("        /// <summary>A note following the schema <see cref=\"global::App.Talk\"/> (<c>talks/*.md</c>): its front matter as the schema declares it.</summary>\n"
            + "        " + SourceFile.GeneratedCodeAttribute + "\n"
            + "        [global::System.Text.Json.Serialization.JsonConverter(typeof(global::NoteGen.NoteJsonConverter))]\n"
            + "        public abstract class Talk : global::App.Notes.VaultNote\n        {\n"
            + "            internal Talk(int file, int position)\n                : base(file, position)\n", source);
        Assert.Contains("internal static new Talk<TSections> Create<TSections>(int file, int position)", source);
        Assert.Contains("            /// <summary>Schema member <c>Speaker</c> (string), required.</summary>\n"
            + "            public new string Speaker => FrontMatterMember<string>(\"Speaker\", default!);\n", source);
        Assert.Contains("            /// <summary>Schema member <c>Minutes</c> (int).</summary>\n"
            + "            public int Minutes => FrontMatterMember<int>(\"Minutes\", 60);\n", source);
        Assert.Contains("            public global::System.Collections.Generic.IReadOnlyList<string> Topics => FrontMatterMemberList<global::System.Collections.Generic.IReadOnlyList<string>, string>(\"Topics\", default);\n", source);
        Assert.DoesNotContain("Tags =>", source); // NoteGen.Note has Tags and Title from the same keys
        Assert.DoesNotContain("Title =>", source);
        Assert.Contains("            public string Data2 => FrontMatterMember<string>(\"Data\", default);\n", source);
        var renamed = Assert.Single(output.Diagnostics);
        Assert.Equal(("NG0008", "/project/Talk.cs"), (renamed.Id, renamed.FilePath));
        Assert.Equal(["schema member 'Data'", "Data2", "Data"], renamed.Arguments);
        Assert.Contains("            private object? _data;\n", source);
        Assert.Contains("            public global::App.Talk Data => DataOf(ref _data, () => new global::App.Talk(FrontMatterMember<string>(\"Speaker\", default!), "
            + "FrontMatterMember<int>(\"Minutes\", 60), FrontMatterMemberList<global::System.Collections.Generic.IReadOnlyList<string>, string>(\"Topics\", default), "
            + "FrontMatterMemberList<string[], string>(\"Tags\", default), FrontMatterMember<string>(\"Title\", default), FrontMatterMember<string>(\"Data\", default)));\n        }\n", source);
        Assert.Contains("        public sealed class Talk<TSections> : Talk\n", source);
    }

    [Fact]
    public void An_initializer_schema_keeps_its_property_defaults_by_reading_them_from_one_instance()
    {
        var talk = Declared("global::App.Talk", SchemaConstruction.Initializer,
            Schema("class", "string", required: true),
            Schema("Minutes", "int", scalar: SchemaScalar.Int32),
            Schema("Room", "string", required: true),
            Schema("Rating", "int", @default: "3", scalar: SchemaScalar.Int32));

        string source = Schemas(NoAnnotations, [Member("Data", ScalarKind.String, false, true)], new SchemaClass(talk, "Talk")).File!.Source;

        string body = source[source.IndexOf("                : base(file, position)\n", StringComparison.Ordinal)..source.IndexOf("        /// <summary>A note whose", StringComparison.Ordinal)];
        Assert.Equal("""
                            : base(file, position)
                        {
                        }

                        /// <summary>A note of this class whose <c>Sections</c> is a <typeparamref name="TSections"/>, with the payload at
                        /// <paramref name="position"/> of the content field of generated file <paramref name="file"/>.</summary>
                        internal static new Talk<TSections> Create<TSections>(int file, int position)
                            where TSections : global::NoteGen.SectionList, new()
                            => new Talk<TSections>(file, position);

                        private static readonly global::App.Talk s_defaults = new global::App.Talk { @class = default, Room = default };

                        /// <summary>Schema member <c>class</c> (string), required.</summary>
                        public string Class => FrontMatterMember<string>("class", default);

                        /// <summary>Schema member <c>Minutes</c> (int).</summary>
                        public int Minutes => FrontMatterMember<int>("Minutes", s_defaults.Minutes);

                        /// <summary>Schema member <c>Room</c> (string), required.</summary>
                        public string Room => FrontMatterMember<string>("Room", default);

                        /// <summary>Schema member <c>Rating</c> (int).</summary>
                        public int Rating => FrontMatterMember<int>("Rating", 3);

                        private object _data;

                        /// <summary>The note's front matter as an instance of the schema, made on first use (a reference back to a note
                        /// whose <c>Data</c> is being made, in a cycle of references, is left out).</summary>
                        public new global::App.Talk Data => DataOf(ref _data, () => new global::App.Talk { @class = FrontMatterMember<string>("class", default), Minutes = FrontMatterMember<int>("Minutes", s_defaults.Minutes), Room = FrontMatterMember<string>("Room", default), Rating = FrontMatterMember<int>("Rating", 3) });
                    }


            """.ReplaceLineEndings("\n"), body);
    }

    [Fact]
    public void Defaults_are_read_from_an_instance_only_when_an_initializer_schema_has_an_optional_member_and_classes_are_a_blank_line_apart()
    {
        var required = Declared("global::App.A", SchemaConstruction.Initializer, Schema("X", "string", required: true));
        var constructor = Declared("global::App.B", SchemaConstruction.Constructor, Schema("X", "string"));

        string source = Schemas(Settings, [], new SchemaClass(required, "A"), new SchemaClass(constructor, "B")).File!.Source;

        Assert.DoesNotContain("s_defaults", source);
        // Each class and its typed twin, then a blank line.
        Assert.Contains("        }\n\n        /// <summary>A note following the schema <see cref=\"global::App.B\"/>", source);
        Assert.EndsWith("        }\n\n    }\n}\n", source);
    }

    [Fact]
    public void A_schema_without_construction_has_no_Data_and_generic_types_become_cref_syntax()
    {
        var box = Declared("global::App.Box<T>", SchemaConstruction.None, Schema("Size", "int", required: true, scalar: SchemaScalar.Int32));

        string source = Schemas(Settings, [], new SchemaClass(box, "Box")).File!.Source;

        Assert.Contains("<see cref=\"global::App.Box{T}\"/>", source);
        Assert.Contains("public int Size => FrontMatterMember<int>(\"Size\", default!);\n        }\n", source);
        Assert.DoesNotContain("_data", source);
        Assert.DoesNotContain(" Data ", source);
    }

    [Fact]
    public void Reference_members_are_the_linked_notes_typed_by_their_schema_class_and_their_Data_in_Data()
    {
        var person = Declared("global::App.Person", SchemaConstruction.Constructor, Schema("Name", "string", required: true));
        var room = Declared("global::App.Room", SchemaConstruction.None);
        var talk = Declared("global::App.Talk", SchemaConstruction.Constructor,
            Schema("Host", "global::App.Person", required: true, scalar: SchemaScalar.Reference, references: "global::App.Person"),
            Schema("Guests", "global::System.Collections.Generic.IReadOnlyList<global::App.Person>", element: "global::App.Person", scalar: SchemaScalar.Reference, references: "global::App.Person"),
            Schema("Room", "global::App.Room", @default: "null", scalar: SchemaScalar.Reference, references: "global::App.Room"),
            Schema("Source", "global::NoteGen.Note", scalar: SchemaScalar.Reference),
            Schema("Related", "global::System.Collections.Generic.IReadOnlyList<global::NoteGen.Note>", required: true, element: "global::NoteGen.Note", scalar: SchemaScalar.Reference));

        string source = Schemas(Settings, [], new SchemaClass(person, "Person"), new SchemaClass(room, "Room2"), new SchemaClass(talk, "Talk")).File!.Source;

        Assert.Contains("public global::App.Notes.Person Host => FrontMatterNote<global::App.Notes.Person>(\"Host\")!;\n", source);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::App.Notes.Person>? Guests => FrontMatterNotes<global::App.Notes.Person>(\"Guests\");\n", source);
        Assert.Contains("public global::App.Notes.Room2? Room => FrontMatterNote<global::App.Notes.Room2>(\"Room\");\n", source);
        Assert.Contains("public global::NoteGen.Note? Source => FrontMatterNote<global::NoteGen.Note>(\"Source\");\n", source);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::NoteGen.Note> Related => FrontMatterNotes<global::NoteGen.Note>(\"Related\")!;\n", source);
        Assert.Contains("public global::App.Talk Data => DataOf(ref _data, () => new global::App.Talk("
            + "(FrontMatterNote<global::App.Notes.Person>(\"Host\")?.Data ?? default!), "
            + "DataList<global::System.Collections.Generic.IReadOnlyList<global::App.Person>, global::App.Notes.Person, global::App.Person>(FrontMatterNotes<global::App.Notes.Person>(\"Guests\"), n => n.Data, default), "
            + "null, "
            + "(FrontMatterNote<global::NoteGen.Note>(\"Source\") ?? default), "
            + "DataList<global::System.Collections.Generic.IReadOnlyList<global::NoteGen.Note>, global::NoteGen.Note, global::NoteGen.Note>(FrontMatterNotes<global::NoteGen.Note>(\"Related\"), n => n, default!)));\n", source);
    }

    [Fact]
    public void Without_nullable_reference_types_reference_members_are_neither_annotated_nor_asserted()
    {
        var person = Declared("global::App.Person", SchemaConstruction.None);
        var talk = Declared("global::App.Talk", SchemaConstruction.None,
            Schema("Host", "global::App.Person", required: true, scalar: SchemaScalar.Reference, references: "global::App.Person"),
            Schema("Guest", "global::App.Person", scalar: SchemaScalar.Reference, references: "global::App.Person"));

        string source = Schemas(NoAnnotations, [], new SchemaClass(person, "Person"), new SchemaClass(talk, "Talk")).File!.Source;

        Assert.Contains("public global::App.Notes.Person Host => FrontMatterNote<global::App.Notes.Person>(\"Host\");\n", source);
        Assert.Contains("public global::App.Notes.Person Guest => FrontMatterNote<global::App.Notes.Person>(\"Guest\");\n", source);
    }
}
