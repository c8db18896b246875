using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>
/// A schema member typed as another schema (<c>Person Author</c>, <c>IReadOnlyList&lt;Person&gt; Guests</c>) or as
/// <c>NoteGen.Note</c> is a reference: its value must be a link to a note following that schema (NG0015 at the link
/// otherwise, NG0014 when it is required and missing); the note type exposes the linked notes typed, and <c>Data</c>
/// the linked notes' own <c>Data</c>. Cycles of references build and read.
/// </summary>
public class SchemaReferenceTests
{
    private const string Schemas = """
        using System.Collections.Generic;
        using System.Linq;
        using NoteGen;

        namespace App.Model
        {
            [NoteSchema("notes/books/*.md")]
            public record Book(string Title, Person Author, IReadOnlyList<Person>? Editors = null, Place? Setting = null, Note? SeeAlso = null);

            [NoteSchema("notes/people/*.md")]
            public record Person(string Name, IReadOnlyList<Book>? Books = null);

            [NoteSchema("notes/places/*.md")]
            public record Place(string Name);
        }
        """;

    private static readonly (string Path, string Text)[] Vault =
    [
        ("notes/books/dune.md", "---\ntitle: Dune\nauthor: \"[[herbert]]\"\neditors: [\"[[sterling]]\", \"[[herbert]]\"]\nsetting: \"[[arrakis#Desert]]\"\nseeAlso: \"[[arrakis]]\"\n---\n"),
        ("notes/books/children.md", "---\ntitle: Children of Dune\nauthor: \"[[herbert|Frank Herbert]]\"\n---\n"),
        ("notes/people/herbert.md", "---\nname: Frank Herbert\nbooks: [\"[[dune]]\", \"[[children]]\"]\n---\n"),
        ("notes/people/sterling.md", "---\nname: Sterling Lanier\n---\n"),
        ("notes/places/arrakis.md", "---\nname: Arrakis\n---\n## Desert\n"),
    ];

    private const string Probe = """

        public static class Probe
        {
            public static string Run()
            {
                var dune = App.Notes.Dune;
                var herbert = App.Notes.Herbert;
                return dune.Author.Data.Name + " | " + string.Join(",", dune.Editors!.Select(e => e.Data.Name)) + " | " + dune.Setting!.Data.Name
                    + " | " + dune.SeeAlso!.Title + " | " + (App.Notes.Children.Editors == null)
                    + " | " + dune.Data.Author.Name + " | " + string.Join(",", dune.Data.Editors!.Select(e => e.Name)) + " | " + dune.Data.Setting!.Name
                    + " | " + string.Join(",", herbert.Books!.Select(b => b.Author.Name + ":" + b.Data.Author.Name))
                    // Herbert's Data, made first (by dune.Author.Data), holds both books, whose Author (Herbert's Data, being
                    // made) was cut; Dune's Data, asked for directly, is whole.
                    + " | " + string.Join(",", dune.Data.Author.Books!.Select(b => b.Title)) + " " + (dune.Data.Author.Books![0].Author == null) + " " + dune.Data.Author.Name
                    + " | " + string.Join(",", App.Notes.Sterling.Backlinks.Select(l => l.Source.Name + ":" + l.Property));
            }
        }
        """;

    [Fact]
    public void References_read_the_linked_notes_and_their_Data_and_cycles_are_cut()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Vault), Schemas + Probe);

        // Only NG0008: the schemas' member 'Name' is Name2 on the note types, whose Name is the file name.
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("NG0008", d.Id));
        Assert.Equal("Frank Herbert | Sterling Lanier,Frank Herbert | Arrakis | Desert | True | Frank Herbert | Sterling Lanier,Frank Herbert | Arrakis"
            + " | herbert:Frank Herbert,herbert:Frank Herbert | Dune,Children of Dune True Frank Herbert | dune:editors", run.Invoke("Probe"));
    }

    [Fact]
    public void A_reference_to_a_note_of_another_schema_to_no_note_or_not_a_link_is_NG0015_at_the_link_and_a_missing_one_NG0014()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(
        [
            ("notes/books/wrong.md", "---\ntitle: Wrong\nauthor: \"[[arrakis]]\"\neditors: [\"[[sterling]]\", \"[[nobody]]\"]\nsetting: Arrakis\n---\n"),
            ("notes/books/missing.md", "---\ntitle: Missing\n---\n"),
            ("notes/people/sterling.md", "---\nname: Sterling Lanier\n---\n"),
            ("notes/places/arrakis.md", "---\nname: Arrakis\n---\n"),
        ]), Schemas + "public static class Probe { public static string Run() => (App.Notes.Wrong.Author == null) + \" \" + App.Notes.Wrong.Editors!.Count; }");

        Assert.Equal(
        [
            ("NG0014", "/project/notes/books/missing.md", 1, 1, "Front matter has no 'author', which schema 'Book' requires"),
            ("NG0015", "/project/notes/books/wrong.md", 3, 10, "Front matter 'author' is a link to 'arrakis', a note not following schema 'Person', which does not fit member 'Author' (Person: a link to a note following its schema) of schema 'Book'"),
            ("NG0001", "/project/notes/books/wrong.md", 4, 28, "Link target 'nobody' does not match any note"),
            ("NG0015", "/project/notes/books/wrong.md", 4, 28, "Front matter 'editors' is a link to no note, which does not fit member 'Editors' (IReadOnlyList<Person>?: a link to a note following its schema) of schema 'Book'"),
            ("NG0015", "/project/notes/books/wrong.md", 5, 1, "Front matter 'setting' is 'Arrakis', which does not fit member 'Setting' (Place?: a link to a note following its schema) of schema 'Book'"),
        ], run.Reported().Where(d => d.Id != "NG0008").Select(d => (d.Id, d.Path, d.Line, d.Column, d.Message)));
        // What the build refused reads as nothing, never as a note of the wrong type.
        Assert.Equal("True 1", run.Invoke("Probe"));
    }

    [Fact]
    public void References_compile_for_CSharp_7_3_consumers()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Vault), """
            using System.Collections.Generic;
            using NoteGen;

            namespace App.Model
            {
                [NoteSchema("notes/books/*.md")]
                public class Book { public string Title { get; set; } public Person Author { get; set; } public List<Person> Editors { get; set; } public Place Setting { get; set; } public Note SeeAlso { get; set; } }

                [NoteSchema("notes/people/*.md")]
                public class Person { public string Name { get; set; } public Book[] Books { get; set; } }

                [NoteSchema("notes/places/*.md")]
                public class Place { public string Name { get; set; } }
            }

            public static class Probe { public static string Run() { return App.Notes.Dune.Author.Data.Name + " " + App.Notes.Dune.Data.Author.Name + " " + App.Notes.Dune.Data.Editors.Count + " " + App.Notes.Herbert.Data.Books.Length; } }
            """, LanguageVersion.CSharp7_3);

        Assert.Equal("Frank Herbert Frank Herbert 2 2", run.Invoke("Probe"));
    }
}
