using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Generator;
using NoteGen.Tests.Infrastructure;
using static NoteGen.Tests.Infrastructure.StepReasons;

namespace NoteGen.Tests;

/// <summary>Declared schemas: <c>[NoteSchema(glob)]</c> on a record or class checks the front matter of the notes it
/// matches (NG0014-NG0016, located at the key in the .md file), reports problems with itself (NG0017-NG0019), and
/// gives the notes' types its members and a <c>Data</c> instance.</summary>
public class SchemaTests
{
    // Line numbers matter: NG0017 and NG0018 point into this file.
    private const string Schema = """
        using System;
        using System.Collections.Generic;
        using NoteGen;

        namespace App.Model
        {
            public enum Status { Draft, Published }

            [NoteSchema("notes/episodes/**/*.md", AllowUnknownKeys = false)]
            public partial record Episode(string Title, string VideoId, int Number, Status Status, DateTime? Published = null,
                IReadOnlyList<string>? Guests = null, double Rating = 2.5);
        }
        """;

    private static readonly (string Path, string Text)[] Vault =
    [
        ("notes/episodes/e1.md", """
            ---
            title: First
            videoId: abc
            number: 1
            status: published
            published: 2024-03-05
            guests: [Ann, Bob]
            aliases: [One]
            ---
            # First
            """),
        ("notes/episodes/2024/e2.md", """
            ---
            title: Second
            video_id: def
            number: two
            status: Archived
            guests: Carl
            ratng: 4
            ---
            """),
        ("notes/episodes/e3.md", """
            ---
            title: Third
            number:
            ---
            """),
        ("notes/other.md", """
            ---
            number: many
            colour: red
            ---
            """),
    ];

    private static (string Id, DiagnosticSeverity Severity, string Message, string Path, int Line, int Column)[] SchemaDiagnostics(GeneratorRun run) =>
        run.Reported().Where(d => string.CompareOrdinal(d.Id, "NG0014") >= 0).ToArray();

    [Fact]
    public void Notes_matching_the_glob_are_checked_for_missing_keys_wrong_types_and_unknown_keys_at_the_key()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Vault), Schema);

        Assert.Equal(
        [
            ("NG0015", DiagnosticSeverity.Error, "Front matter 'number' is 'two', which does not fit member 'Number' (int) of schema 'Episode'",
                "/project/notes/episodes/2024/e2.md", 4, 1),
            ("NG0015", DiagnosticSeverity.Error, "Front matter 'status' is 'Archived', which does not fit member 'Status' (Status: Draft, Published) of schema 'Episode'",
                "/project/notes/episodes/2024/e2.md", 5, 1),
            ("NG0016", DiagnosticSeverity.Error, "Front matter 'ratng' is not a member of schema 'Episode'; did you mean 'rating'?",
                "/project/notes/episodes/2024/e2.md", 7, 1),
            ("NG0014", DiagnosticSeverity.Error, "Front matter has no 'videoId', which schema 'Episode' requires", "/project/notes/episodes/e3.md", 1, 1),
            ("NG0014", DiagnosticSeverity.Error, "Front matter has no 'status', which schema 'Episode' requires", "/project/notes/episodes/e3.md", 1, 1),
            ("NG0014", DiagnosticSeverity.Error, "Front matter has no 'number', which schema 'Episode' requires", "/project/notes/episodes/e3.md", 3, 1),
        ], SchemaDiagnostics(run));
    }

    [Fact]
    public void Note_types_expose_the_schema_members_typed_as_declared_and_Data_as_an_instance()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Vault), Schema + """

            public static class Probe
            {
                public static string Run()
                {
                    App.Notes.Episode e1 = App.Notes.E1, e2 = App.Notes.E2;
                    string videoId = e1.VideoId; // string, not the vault-wide string?
                    int number = e1.Number;
                    App.Model.Status status = e1.Status;
                    DateTime? published = e1.Published;
                    return string.Join("\n",
                        videoId + " " + number + " " + status + " " + published?.ToString("yyyy-MM-dd") + " " + string.Join("|", e1.Guests!) + " " + e1.Rating,
                        $"{e1.Data.Title} {e1.Data.VideoId} {e1.Data.Number} {e1.Data.Status} {e1.Data.Published:yyyy-MM-dd} {string.Join("|", e1.Data.Guests!)} {e1.Data.Rating} {ReferenceEquals(e1.Data, e1.Data)}",
                        e2.VideoId + " " + e2.Number + " " + e2.Status + " " + (e2.Published == null) + " " + string.Join("|", e2.Guests!),
                        string.Join(",", App.Notes.All.OfType<App.Notes.Episode>().Select(n => n.Name)),
                        App.Notes.E1.GetType().BaseType!.Name + " " + App.Notes.Other.GetType().BaseType!.Name + " " + App.Notes.Other.Number);
                }
            }
            """.Replace("public static class Probe", "namespace Probes { using System.Linq; public static class Probe").TrimEnd() + "\n}");

        Assert.Equal(
            """
            abc 1 Published 2024-03-05 Ann|Bob 2.5
            First abc 1 Published 2024-03-05 Ann|Bob 2.5 True
            def 0 Draft True Carl
            e2,e1,e3
            Episode VaultNote many
            """.ReplaceLineEndings("\n"), run.Invoke("Probes.Probe"));
    }

    private const string ClassSchemas = """
        using NoteGen;
        namespace App.Model
        {
            [NoteSchema("notes/*.md")]
            public class Page
            {
                public required string Slug { get; init; }
                public string Layout { get; init; } = "wide";
                public int Order { get; set; } = 10;
                public System.Uri? Link { get; set; }
            }

            [NoteSchema("notes/special.md")]
            public record Special(string Slug);

            [NoteSchema("docs/**/*.md")]
            internal record Doc(string Slug);
        }

        public static class Probe
        {
            public static string Run() =>
                App.Notes.A.Data.Slug + " " + App.Notes.A.Data.Layout + " " + App.Notes.A.Data.Order + " " + App.Notes.A.Order + " " + App.Notes.A.Layout
                + " | " + (App.Notes.B.Slug == null) + " " + App.Notes.B.Data.Order + " | " + App.Notes.Special.Slug;
        }
        """;

    private static readonly (string Path, string Text)[] Pages =
    [
        ("notes/a.md", "---\nslug: a\norder: 3\n---\n"),
        ("notes/b.md", "---\nlayout: narrow\n---\n"),
        ("notes/special.md", "---\nslug: s\n---\n"),
    ];

    [Fact]
    public void Class_schemas_read_settable_properties_and_keep_initializer_values_for_missing_keys()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Pages), ClassSchemas);

        Assert.Equal("a wide 3 3 wide | True 10 | s", run.Invoke("Probe"));
    }

    [Fact]
    public void Problems_with_the_schema_itself_are_reported_in_the_CSharp_file()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Pages), ClassSchemas);

        Assert.Equal(
        [
            ("NG0017", DiagnosticSeverity.Warning,
                "Schema 'Page': member 'Link' has type 'System.Uri?', which front matter cannot hold; it is left out",
                GeneratorHarness.ConsumerPath, 10, 28),
            ("NG0018", DiagnosticSeverity.Warning, "Schema 'Doc' matches no note: no note path matches 'docs/**/*.md'", GeneratorHarness.ConsumerPath, 16, 6),
            ("NG0014", DiagnosticSeverity.Error, "Front matter has no 'slug', which schema 'Page' requires", "/project/notes/b.md", 1, 1),
            ("NG0019", DiagnosticSeverity.Warning, "Note matches several schemas ('Page' (notes/*.md), 'Special' (notes/special.md)); it follows 'Page'",
                "/project/notes/special.md", 1, 1),
        ], SchemaDiagnostics(run));
    }

    [Fact]
    public void Schemas_work_for_CSharp_7_3_consumers_where_reference_types_are_optional()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "---\nslug: a\nkeywords: [x, y]\n---\n"), ("notes/b.md", "# B\n")), """
            namespace App.Model
            {
                [NoteGen.NoteSchema("notes/*.md")]
                public class Page
                {
                    public string Slug { get; set; }
                    public int Order { get; set; } = 10;
                    public string[] Keywords { get; set; }
                }
            }

            public static class Probe
            {
                public static string Run() { return App.Notes.A.Slug + " " + App.Notes.A.Data.Order + " " + App.Notes.A.Keywords.Length + " " + (App.Notes.B.Data.Slug == null); }
            }
            """, LanguageVersion.CSharp7_3);

        Assert.Equal("a 10 2 True", run.Invoke("Probe"));
        Assert.Empty(SchemaDiagnostics(run));
    }

    [Fact]
    public void Keyword_members_and_schemas_that_cannot_be_constructed_still_compile()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "---\nclass: x\nevent: y\nname: n\n---\n")), """
            using NoteGen;
            [NoteSchema("notes/*.md")] public record K(string @class, string? Name = null);
            [NoteSchema("notes/*.md")] public class L { public string? @event { get; set; } }
            [NoteSchema("notes/*.md")] public abstract record M(string Class);
            [NoteSchema("notes/*.md")] public class N<T> { public string? Event { get; set; } }
            public class Outer { [NoteSchema("notes/*.md")] private class P { public string? Name { get; set; } } }
            public static class Probe { public static string Run() => App.Notes.A.Data.@class + App.Notes.A.Class + App.Notes.A.Name + App.Notes.A.Name2; }
            """);

        Assert.Equal("xxan", run.Invoke("Probe")); // Name is the note's own (a); the member is Name2
        Assert.Equal(
        [
            ("NG0008", "schema member 'Name' is generated as 'Name2' because 'Name' is already taken", 2, 2),
            ("NG0017", "Schema 'M': it is abstract, so notes cannot expose it as Data", 4, 2),
            ("NG0017", "Schema 'N': it is generic, so notes cannot expose it as Data", 5, 2),
            ("NG0008", "schema member 'Name' is generated as 'Name2' because 'Name' is already taken", 6, 23),
            ("NG0017", "Schema 'P': it is private or protected, so notes cannot expose it as Data", 6, 23),
        ], run.Reported().Where(d => d.Path == GeneratorHarness.ConsumerPath).Select(d => (d.Id, d.Message, d.Line, d.Column)).ToArray());
    }

    [Theory]
    [InlineData("notes/**/*.md", "notes/a.md", true)]
    [InlineData("notes/**/*.md", "notes/x/y/a.md", true)]
    [InlineData("notes/**/*.md", "notesx/a.md", false)]
    [InlineData("notes/*.md", "notes/x/a.md", false)]
    [InlineData("./Notes/EP?.MD", "notes/ep1.md", true)]
    [InlineData("notes/ep?.md", "notes/ep10.md", false)]
    [InlineData("notes\\*_*.md", "notes/a_b.md", true)]
    [InlineData("**", "any/thing.md", true)]
    [InlineData("**/b.md", "b.md", true)]
    [InlineData("notes/a**.md", "notes/ab/c.md", true)]
    [InlineData("", "notes/a.md", false)]
    // Without remembering failed positions, this takes longer than the test run: stars backtrack exponentially.
    [InlineData("**/**/**/**/**/**/**/**/*a*a*a*a*a*a*a*a*a*a*a*b", "a/a/a/a/a/a/a/a/a/a/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.md", false)]
    public void Globs_match_paths_as_documented(string glob, string path, bool expected) =>
        Assert.Equal(expected, NoteGen.Generator.Resolution.Glob.IsMatch(glob, path));

    [Fact]
    public void Parameter_defaults_of_every_kind_compile_and_apply_when_the_key_is_missing()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "---\ntitle: A\n---\n")), """
            public enum Level { Low, High }
            [NoteGen.NoteSchema("notes/*.md")]
            public record D(double Nan = double.NaN, float Inf = float.NegativeInfinity, decimal Price = 1.25m, long Big = long.MinValue,
                Level Level = Level.High, string Text = "q\"uote", bool Flag = true, int? Maybe = 3);
            public static class Probe
            {
                public static string Run() => System.FormattableString.Invariant(
                    $"{App.Notes.A.Nan} {App.Notes.A.Inf} {App.Notes.A.Price} {App.Notes.A.Big} {App.Notes.A.Level} {App.Notes.A.Text} {App.Notes.A.Flag} {App.Notes.A.Data.Maybe}");
            }
            """);

        Assert.Equal("NaN -Infinity 1.25 -9223372036854775808 High q\"uote True 3", run.Invoke("Probe"));
    }

    [Fact]
    public void Editing_one_note_rechecks_that_note_only_and_other_CSharp_edits_leave_schemas_cached()
    {
        var notes = GeneratorHarness.Notes(Vault);
        var compilation = GeneratorHarness.CreateCompilation(Schema).AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Other { }", path: "/project/Other.cs"));
        var first = GeneratorRun.From(GeneratorHarness.CreateDriver(notes, trackSteps: true), compilation);

        var edited = GeneratorRun.From(first.Driver.ReplaceAdditionalText(notes[0],
            new InMemoryAdditionalText(notes[0].Path, Vault[0].Text.Replace("number: 1", "number: one"))), compilation.Clone());
        Assert.Equal(1, Count(edited, TrackingNames.SchemaChecks, IncrementalStepRunReason.Modified));
        Assert.Equal(Vault.Length - 1, Count(edited, TrackingNames.SchemaChecks, IncrementalStepRunReason.Cached));
        Assert.Contains(SchemaDiagnostics(edited), d => d.Path == "/project/notes/episodes/e1.md" && d.Line == 4 && d.Id == "NG0015");

        var other = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("class Other { int X; }", path: "/project/Other.cs"));
        var recompiled = GeneratorRun.From(first.Driver, other);
        // The compilation changed, so Roslyn binds the schema again; an equal model keeps everything after it cached.
        Assert.All(Reasons(recompiled, TrackingNames.Schemas), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(recompiled, TrackingNames.Index));
        Assert.All(Reasons(recompiled, TrackingNames.SchemaChecks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }
}
