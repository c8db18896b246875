using Microsoft.CodeAnalysis;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>
/// A vault in the style of Obsidian's own vault templates (TestData/PropertyVault: categories, people, books, places,
/// a daily note, a template), whose properties hold links the way Obsidian writes them: quoted scalars, lists, block
/// lists, text around links, links to headings and blocks. Its broken links, body and properties, were listed by
/// hand in expected-broken.txt at their line and column; NoteGen must report exactly that list.
/// </summary>
public class PropertyVaultTests
{
    private static GeneratorRun RunVault(string consumer = "") => GeneratorHarness.Run(TestNotes.VaultFolder("PropertyVault"), consumer);

    [Fact]
    public void Exactly_the_hand_checked_broken_links_are_reported_body_and_properties()
    {
        Assert.Equal(BrokenLinks.Expected("PropertyVault"), BrokenLinks.Reported(RunVault()));
    }

    [Fact]
    public void Property_links_are_typed_counted_as_backlinks_and_read_as_schema_references()
    {
        var run = RunVault("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using NoteGen;

            [NoteSchema("References/Books/*.md")]
            public record Book(IReadOnlyList<Person> Author, int Year, int Rating);

            [NoteSchema("References/People/*.md")]
            public record Person(DateTime? Born = null, Note? Birthplace = null);

            public static class Probe
            {
                public static string Run() => string.Join("\n",
                    // Inferred: every value of 'categories' is a list of links, of 'appears-in' one link.
                    string.Join(",", App.Notes.Anarres.Categories!.Select(l => l.Note!.Name)) + " " + App.Notes.Anarres.AppearsIn!.Note!.Name,
                    App.Notes.TheDispossessed.Related!.Section!.Heading,
                    string.Join(",", App.Notes.UrsulaKLeGuin.Backlinks.Select(l => l.Source.Name + ":" + (l.Property ?? "body"))),
                    App.Notes.Books.Backlinks.Count(l => l.Property == "categories") + " of " + App.Notes.Books.Backlinks.Count,
                    // Schema references: the linked notes, typed, and their Data.
                    App.Notes.TheDispossessed.Author.Single().Data.Born!.Value.Year + " " + App.Notes.TheDispossessed.Data.Author.Single().Birthplace!.Name,
                    App.Notes.AWizardOfEarthsea.Author.Count + " " + App.Notes.AWizardOfEarthsea.Data.Author.Count);
            }
            """);

        Assert.Equal("""
            Places The Dispossessed
            Plot
            2024-05-01:people,2024-05-01:quote,2024-05-01:quote,The Dispossessed:author
            4 of 4
            1929 Berkeley
            0 0
            """.ReplaceLineEndings("\n"), run.Invoke("Probe"));
        // A book's author must be a person: the ones whose links lead nowhere are schema errors too.
        Assert.Equal(
        [
            "NG0015 References/Books/A Wizard of Earthsea.md(3,11)",
            "NG0015 References/Books/Piranesi.md(5,6)",
        ], run.Reported().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Id} {d.Path[GeneratorHarness.ProjectDir.Length..]}({d.Line},{d.Column})"));
    }
}
