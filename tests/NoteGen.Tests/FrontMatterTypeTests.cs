using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>Front matter typed across the whole vault: one inferred type per key on the notes' common base class.</summary>
public class FrontMatterTypeTests
{
    private static readonly (string Path, string Text)[] Vault =
    [
        ("notes/a.md", """
            ---
            title: A
            episode: 1
            rating: 4
            draft: true
            published: 2024-03-05
            updated: 2024-03-05
            aliases: [Alpha, First]
            code: "042"
            mixed: 12
            meta: {host: x}
            ---
            Body.
            """),
        ("notes/b.md", """
            ---
            episode: 2
            rating: 4.5
            draft: false
            published: 2024-03-06T10:30:00
            updated: 2024-03-06T10:30:00+02:00
            aliases: Beta
            code: 7
            mixed: twelve
            ---
            Body.
            """),
        ("notes/c.md", """
            ---
            episode: 3
            scores: [1, 2, 3]
            mixed: 13
            ---
            Body.
            """),
    ];

    private const string Probe = """
        using System;
        using System.Linq;

        public static class Probe
        {
            public static string Run()
            {
                var type = typeof(App.Notes.VaultNote);
                string Type(string name) => type.GetProperty(name)!.PropertyType.ToString();
                return string.Join("\n",
                    string.Join(",", type.GetProperties().Where(p => p.DeclaringType == type).Select(p => p.Name + ":" + Type(p.Name))),
                    string.Join(",", App.Notes.All.Select(n => n.Episode)),
                    App.Notes.A.Rating + "," + App.Notes.B.Rating + "," + (App.Notes.C.Rating == null),
                    App.Notes.A.Draft + "," + App.Notes.B.Draft + "," + (App.Notes.C.Draft == null),
                    App.Notes.A.Published!.Value.ToString("s") + "," + App.Notes.B.Published!.Value.ToString("s"),
                    App.Notes.A.Updated!.Value.ToString("o") + "," + App.Notes.B.Updated!.Value.ToString("o"),
                    string.Join("|", App.Notes.A.Aliases!) + "," + string.Join("|", App.Notes.B.Aliases!) + "," + (App.Notes.C.Aliases == null),
                    App.Notes.A.Code + "," + App.Notes.B.Code,
                    App.Notes.A.Mixed + "," + App.Notes.B.Mixed + "," + App.Notes.C.Mixed,
                    string.Join("|", App.Notes.C.Scores!) + "," + (App.Notes.A.Meta is System.Collections.Generic.IReadOnlyDictionary<string, object?>));
            }
        }
        """;

    [Fact]
    public void Each_key_gets_one_type_across_all_notes_nullable_unless_every_note_has_it()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Vault), Probe);

        Assert.Equal(
            """
            Episode:System.Int64,Rating:System.Nullable`1[System.Double],Draft:System.Nullable`1[System.Boolean],Published:System.Nullable`1[System.DateTime],Updated:System.Nullable`1[System.DateTimeOffset],Aliases:System.Collections.Generic.IReadOnlyList`1[System.String],Code:System.String,Mixed:System.String,Meta:System.Object,Scores:System.Collections.Generic.IReadOnlyList`1[System.Int64]
            1,2,3
            4,4.5,True
            True,False,True
            2024-03-05T00:00:00,2024-03-06T10:30:00
            2024-03-05T00:00:00.0000000+00:00,2024-03-06T10:30:00.0000000+02:00
            Alpha|First,Beta,True
            042,7
            12,twelve,13
            1|2|3,True
            """.ReplaceLineEndings("\n"), run.Invoke("Probe"));
    }

    [Fact]
    public void Types_that_do_not_widen_fall_back_to_text_with_an_info_naming_the_notes()
    {
        var run = GeneratorHarness.Run(Vault);

        Assert.Equal(
        [
            ("NG0013", DiagnosticSeverity.Info,
                "Front matter 'code' has different types across notes (text in 'notes/a.md'; integer in 'notes/b.md'); it is generated as text",
                "/project/notes/b.md", 1, 1),
            ("NG0013", DiagnosticSeverity.Info,
                "Front matter 'mixed' has different types across notes (integer in 'notes/a.md', 'notes/c.md'; text in 'notes/b.md'); it is generated as text",
                "/project/notes/b.md", 1, 1),
        ], run.Reported());
    }

    [Fact]
    public void Typed_front_matter_compiles_for_CSharp_7_3_consumers()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(Vault),
            "public static class Probe { public static string Run() { return App.Notes.A.Episode + \" \" + App.Notes.B.Rating + \" \" + App.Notes.C.Scores.Count; } }",
            LanguageVersion.CSharp7_3);

        Assert.Equal("1 4.5 3", run.Invoke("Probe"));
    }

    [Fact]
    public void Keys_named_like_note_members_are_renamed_and_others_kept()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(("notes/a.md", "---\nname: n\nlinks: l\noutline: o\nmain-section: m\ninstance: i\ntitle: T\ntags: [x]\ncreate: c\ncreate-sections: s\nto-string: t\n---\n## Main\n### Sub\n")),
            "public static class Probe { public static string Run() => App.Notes.A.Name2 + App.Notes.A.Links2 + App.Notes.A.Outline + App.Notes.A.MainSection + App.Notes.A.Instance + App.Notes.A.Title + App.Notes.A.Tags[0] + App.Notes.A.Sections.Main.Sub.Heading"
            + " + App.Notes.A.Create2 + App.Notes.A.CreateSections2 + App.Notes.A.ToString2; }");

        Assert.Equal("nlomiTxSubcst", run.Invoke("Probe"));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal("NG0008", d.Id));
    }

    [Fact]
    public void A_key_whose_every_value_is_one_link_is_typed_as_a_link_and_reads_the_linked_note()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(
                ("notes/book.md", "---\nauthor: \"[[steph]]\"\nrelated: [\"[[steph]]\", \"[[other|the other]]\"]\nmixed: \"[[steph]]\"\n---\n"),
                ("notes/other.md", "---\nauthor: \"[[nobody]]\"\nrelated: \"[[book]]\"\nmixed: see [[book]]\n---\n"),
                ("notes/steph.md", "---\ntitle: Steph Ango\n---\n")),
            """
            using System.Linq;

            public static class Probe
            {
                public static string Run() => App.Notes.Book.Author.Note!.Title + " " + App.Notes.Other.Author.IsBroken + " " + (App.Notes.Steph.Author == null)
                    + " " + string.Join(",", App.Notes.Book.Related!.Select(l => l.DisplayText + ">" + l.Note!.Name)) + " " + App.Notes.Other.Related!.Single().Note!.Name
                    + " " + App.Notes.Book.Mixed + "/" + App.Notes.Other.Mixed;
            }
            """);

        Assert.Equal("Steph Ango True True steph>steph,the other>other book [[steph]]/see [[book]]", run.Invoke("Probe"));
        var vaultNote = run.Source("Notes.VaultNote.g.cs");
        Assert.Contains("public global::NoteGen.NoteLink? Author => FrontMatterLink(\"author\");", vaultNote);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<global::NoteGen.NoteLink>? Related => FrontMatterLinks(\"related\");", vaultNote);
        Assert.Contains("public string? Mixed => FrontMatterString(\"mixed\");", vaultNote);
    }
}
