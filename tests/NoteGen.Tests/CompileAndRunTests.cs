using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>Generated code plus a consumer compile with zero errors, and the values read through the generated
/// API at run time are the ones the note says.</summary>
public class CompileAndRunTests
{
    private const string Consumer = """
        using System.Linq;
        using App;
        public static class Probe
        {
            public static string Run()
            {
                var note = Notes.AmazonsMachineLearningStrategy;
                var offerings = note.Sections.AmazonsMLOfferings;
                var lines = new System.Collections.Generic.List<string>
                {
                    note.Name, note.Path, note.Title, note.VideoId,
                    offerings.Heading + "|" + offerings.Level + "|" + offerings.Line,
                    offerings.Claims[0].Text,
                    offerings.Claims[1].Text + "|" + offerings.Claims[1].Timestamps.Single().Offset + "|" + offerings.Claims[1].Timestamps.Single().Url,
                    note.Sections.StrategicApproachToMachineLearning.DataGravityAsAKeyAdvantage.Heading,
                    string.Join(";", note.AllSections.Select(s => s.Heading)),
                };
                foreach (var claim in note.Claims.Where(c => c.Section == null))
                    lines.Add(claim.Line + "|" + claim.Text + "|" + string.Join(",", claim.Timestamps.Select(t => t.Label)));
                lines.Add(string.Join(",", Notes.All.Select(n => n.Name)));
                lines.Add(Notes.Find("ACQUIREDFM")?.Title ?? "missing");
                lines.Add(Notes.Find("nope") == null ? "null" : "found");
                var link = note.Links.First(l => l.Alias == "Amazon's business");
                lines.Add(link.Target + "|" + link.Line + "|" + link.Column + "|" + link.IsBroken + "|" + link.Note?.Name);
                lines.Add(note.Claims.Count + "|" + note.Timestamps.Count + "|" + note.Links.Count);
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void Seed_note_values_read_through_the_generated_api()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(TestNotes.SeedVault()), Consumer);

        var lines = run.Invoke("Probe").Split('\n');

        Assert.Equal(
        [
            "amazons_machine_learning_strategy",
            "notes/amazons_machine_learning_strategy.md",
            "Amazons machine learning strategy",
            "ifA0ZRiOmx0",
            "Amazon's ML Offerings|2|10",
            "Amazon has significantly invested in ML, demonstrating this through:",
            "The announcement of SageMaker.|00:00:20|https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=20s",
            "Data Gravity as a Key Advantage",
            "Amazon's ML Offerings;Strategic Approach to Machine Learning;Data Gravity as a Key Advantage;Comparison of Amazons ML capabilities with Googles",
            "6|From: acquiredfm|",
            "8|Machine learning (ML) is considered a massive pillar of Amazon's business, alongside computing and databases.|00:00:06",
            "8|While databases are not as critical as compute, they are important for customer stickiness.|00:00:08",
            "acquiredfm,amazons_business_strategies_and_innovations,amazons_cloudhosted_ml_services,amazons_machine_learning_strategy,amazons_transition_to_a_technology_company,awss_approach_to_cloud_computing_and_technology_strategy",
            "Acquired FM",
            "null",
            "amazons_business_strategies_and_innovations|8|57|False|amazons_business_strategies_and_innovations",
            "16|14|8",
        ], lines);
    }

    [Fact]
    public void Notes_with_the_same_headings_share_their_section_classes_and_keep_their_own_sections()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(
            ("notes/a.md", "## Summary\n- A's summary.\n## Details\n### Why\n- A's why.\n"),
            ("notes/b.md", "## Summary\n- B's summary.\n## Details\n### Why\n- B's why.\n"),
            ("notes/c.md", "## Summary\n- C's summary.\n## Details\n### Why not\n- C's why not.\n")), """
            public static class Probe
            {
                public static string Run() => string.Join(" ",
                    App.Notes.A.Sections.GetType() == App.Notes.B.Sections.GetType(),
                    App.Notes.A.Sections.Details.GetType() == App.Notes.B.Sections.Details.GetType(),
                    App.Notes.A.Sections.GetType() == App.Notes.C.Sections.GetType(),
                    typeof(App.Notes.Shapes).GetNestedTypes().Length,
                    App.Notes.A.Sections.Details.Why.Claims[0].Text, App.Notes.B.Sections.Details.Why.Claims[0].Text,
                    App.Notes.C.Sections.Details.WhyNot.Claims[0].Text, App.Notes.B.Sections.Summary.Note.Name);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        // a and b: one outline and one Details class between them; c: its own of each.
        Assert.Equal("True True False 4 A's why. B's why. C's why not. b", run.Invoke("Probe"));
    }

    [Fact]
    public void Notes_that_share_a_generated_file_each_read_their_own_content()
    {
        // 200 notes in 1,024 possible files: many files hold several notes, whose payloads share one attribute.
        var notes = Enumerable.Range(0, 200).Select(i => ($"notes/n{i}.md", $"---\ntitle: Title {i}\n---\n## Part {i}\n- Claim {i}.\n")).ToArray();
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(notes), """
            using System.Linq;
            public static class Probe
            {
                public static string Run() => App.Notes.All.Count(n => n.Title == "Title " + n.Name.Substring(1)
                    && n.Claims.Single().Text == "Claim " + n.Name.Substring(1) + "."
                    && n.AllSections.Single().Heading == "Part " + n.Name.Substring(1)).ToString();
            }
            """);

        int noteFiles = run.Result.GeneratedSources.Count(s => s.HintName.StartsWith("Notes.Notes", StringComparison.Ordinal));
        Assert.InRange(noteFiles, 100, 199);
        Assert.Equal("200", run.Invoke("Probe"));
    }

    [Fact]
    public void A_note_called_like_the_root_class_or_System_still_compiles()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.Notes(("notes/Notes.md", "# Notes\n"), ("notes/System.md", "# System\n## Title\n## ToString\n## Claims\n")),
            "public static class Probe { public static string Run() => App.Notes.Notes2.Title + App.Notes.System.Sections.System.Title.Heading + App.Notes.System.Sections.System.Claims2.Heading; }");

        Assert.Equal("NotesTitleClaims", run.Invoke("Probe"));
    }
}
