using System.Collections.Immutable;
using System.Reflection;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;
using static NoteGen.StageTests.Resolution.TestSchemas;

namespace NoteGen.StageTests.Resolution;

/// <summary>The C# names notes, schema classes and members get, and the renames they report.</summary>
public class IdentifierTests
{
    [Theory]
    [InlineData("Amazon’s store", "AmazonsStore")]
    [InlineData("e\u0301te rose", "E\u0301teRose")]
    [InlineData("\u0301alone", "Alone")]
    [InlineData("a \u0301b", "AB")]
    [InlineData("Part Ⅻ", "PartⅫ")]
    [InlineData("٣ items", "_٣Items")]
    [InlineData("class", "Class")]
    [InlineData("!!!", "Fallback")]
    [InlineData("", "Fallback")]
    [InlineData("iPhone x", "IPhoneX")]
    public void Words_start_upper_case_combining_marks_stay_with_their_letter_and_text_without_letters_falls_back(string text, string expected)
    {
        Assert.Equal(expected, Identifiers.PascalCase(text, "Fallback"));
    }

    [Theory]
    [InlineData("class", "@class")]
    [InlineData("var", "@var")]
    [InlineData("record", "@record")]
    [InlineData("Name", "Name")]
    public void Keywords_and_contextual_keywords_get_an_at_sign(string name, string expected)
    {
        Assert.Equal(expected, Identifiers.Escape(name));
    }

    [Fact]
    public void A_scope_hands_out_the_lowest_free_number_from_2_and_never_a_reserved_name_or_the_types_own()
    {
        var scope = new IdentifierScope(IdentifierScope.Reserved("Count"), "Outline");

        Assert.Equal(
            ["Overview", "Overview2", "Overview3", "Count2", "Outline2", "ToString2", "GetHashCode2", "@class", "class2", "Overview22"],
            new[] { "Overview", "Overview", "Overview", "Count", "Outline", "ToString", "GetHashCode", "@class", "@class", "Overview2" }
                .Select(scope.Allocate));
    }

    [Fact]
    public void Every_member_a_generated_type_inherits_from_object_is_reserved()
    {
        var inherited = typeof(object).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly).Select(m => m.Name).Distinct().ToArray(); // MemberwiseClone is protected internal
        var scope = new IdentifierScope(IdentifierScope.Reserved(), "Outline");

        Assert.Equal(7, inherited.Length); // Equals, GetHashCode, GetType, ToString, MemberwiseClone, ReferenceEquals, Finalize
        Assert.Equal(inherited.Select(name => name + "2"), inherited.Select(scope.Allocate));
    }

    [Fact]
    public void A_renamed_identifier_is_NG0008_naming_what_was_renamed_and_both_names()
    {
        var scope = new IdentifierScope(IdentifierScope.Reserved(), "Notes");
        var diagnostics = new List<DiagnosticInfo>();
        var at = new TextLocation(1, 2, 3, 4, 5, 6);

        Assert.Equal("Intro", scope.Allocate("Intro", "heading 'Intro'", "/project/a.md", at, diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal("Intro2", scope.Allocate("Intro", "heading 'intro'", "/project/a.md", at, diagnostics));

        Assert.Equal(new DiagnosticInfo("NG0008", "/project/a.md", at, new[] { "heading 'intro'", "Intro2", "Intro" }.ToEquatableArray()),
            Assert.Single(diagnostics));
    }

    [Fact]
    public void Notes_that_share_a_field_name_are_renamed_in_path_order_with_NG0008_at_the_renamed_note()
    {
        var index = TestVault.Empty("notes/data_gravity.md", "notes/data-gravity.md", "notes/Vault.md").Index;

        Assert.Equal(["notes/Vault.md", "notes/data-gravity.md", "notes/data_gravity.md"], index.Notes.Select(n => n.Path));
        Assert.Equal(["Vault2", "DataGravity", "DataGravity2"], index.Notes.Select(n => n.FieldName));
        Assert.Equal(
        [
            new DiagnosticInfo("NG0008", "/project/notes/Vault.md", TextLocation.FileStart,
                new[] { "'notes/Vault.md'", "Vault2", "Vault" }.ToEquatableArray()),
            new DiagnosticInfo("NG0008", "/project/notes/data_gravity.md", TextLocation.FileStart,
                new[] { "'notes/data_gravity.md'", "DataGravity2", "DataGravity" }.ToEquatableArray()),
        ], index.Diagnostics);
    }

    [Theory]
    [InlineData("All")]
    [InlineData("Find")]
    [InlineData("Vault")]
    [InlineData("VaultNote")]
    [InlineData("Shapes")]
    [InlineData("Notes")]
    [InlineData("ToString")]
    public void A_note_is_never_named_like_a_member_of_the_root_class_or_the_class_itself(string name)
    {
        Assert.Equal(name + "2", TestVault.Empty("notes/" + name + ".md").Index.Notes.Single().FieldName);
    }

    [Fact]
    public void A_note_listed_twice_is_one_note_and_attachments_are_listed_once_in_ordinal_order()
    {
        var note = NoteKey.Of(TestVault.Parse("a.md", "# H\n"));
        var index = VaultIndexBuilder.Build([note, note], ["img/b.png", "img/B.png", "img/b.png", "a.pdf"], TestSettings.Default,
            EquatableArray<NoteSchema>.Empty, CancellationToken.None);

        Assert.Equal([new NoteEntry("a.md", "a", "A", "VaultNote")], index.Notes);
        Assert.Equal(["a.pdf", "img/B.png", "img/b.png"], index.Attachments);
        Assert.Equal([note.Anchors], index.Anchors);
        Assert.Equal(TestSettings.Default, index.Settings);
    }

    [Fact]
    public void Schema_classes_are_named_after_the_notes_and_notes_following_a_schema_derive_from_its_class()
    {
        var overview = Schema("Overview", "notes/*.md");
        var vault = TestVault.Of([("notes/Overview.md", ""), ("notes/b.md", ""), ("other/c.md", "")], [], [overview]);

        Assert.Equal([new SchemaClass(overview, "Overview2")], vault.Index.Schemas);
        Assert.Equal(["Overview2", "Overview2", "VaultNote"], vault.Index.Notes.Select(n => n.BaseType));
        Assert.Equal("Overview", vault.Index.EntryFor("notes/Overview.md").FieldName);
        Assert.Equal(new DiagnosticInfo("NG0008", "/project/Schemas.cs", At, new[] { "schema 'Overview'", "Overview2", "Overview" }.ToEquatableArray()),
            Assert.Single(vault.Index.Diagnostics));
    }

    [Fact]
    public void A_note_matching_several_schemas_derives_from_the_first()
    {
        var vault = TestVault.Of([("notes/a.md", "")], [], [Schema("Page", "notes/*.md"), Schema("Special", "**/a.md")]);

        Assert.Equal("Page", vault.Index.EntryFor("notes/a.md").BaseType);
        Assert.Empty(vault.Index.Diagnostics);
    }

    [Fact]
    public void A_schema_matching_no_note_is_NG0018_at_the_schema()
    {
        var vault = TestVault.Of([("notes/a.md", "")], [], [Schema("Doc", "docs/**/*.md"), Schema("Page", "notes/*.md")]);

        Assert.Equal(new DiagnosticInfo("NG0018", "/project/Schemas.cs", At, new[] { "Doc", "docs/**/*.md" }.ToEquatableArray()),
            Assert.Single(vault.Index.Diagnostics));
    }

    [Fact]
    public void Indexing_stops_when_the_build_is_cancelled()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => VaultIndexBuilder.Build([NoteKey.Of(TestVault.Parse("a.md", ""))], [],
            TestSettings.Default, EquatableArray<NoteSchema>.Empty, new CancellationToken(true)));
    }
}
