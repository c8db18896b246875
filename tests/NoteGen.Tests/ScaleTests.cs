using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>
/// A vault four times past the CS8103 wall (more than ~8 M characters of string literals fail to compile): 10,000
/// seed-sized notes compile with zero errors, and every claim's text is readable at run time, each note's from its
/// own payload (about ten notes share each generated file's payload attribute). Every note's headings
/// are its own, so each has its own typed-section classes (40,000 in all): the compiler's worst case.
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(ScaleTests))]
[CollectionDefinition(nameof(ScaleTests), DisableParallelization = true)]
public class ScaleTests
{
    [Fact]
    public void Ten_thousand_notes_compile_and_every_claim_text_is_readable()
    {
        var vault = new SyntheticVault(10_000, uniqueHeadings: true);

        var run = GeneratorHarness.Run(GeneratorHarness.Notes(vault.Notes), """
            using System.Linq;

            public static class Probe
            {
                public static string Run()
                {
                    long claims = 0, characters = 0;
                    foreach (var note in App.Notes.All)
                        foreach (var claim in note.Claims)
                        {
                            claims++;
                            characters += claim.Text.Length;
                        }
                    return App.Notes.All.Count + " " + claims + " " + (characters > 0)
                        + " " + App.Notes.All.Select(n => n.Sections.GetType()).Distinct().Count()
                        // Notes share a generated file's payload attribute: each must read its own payload.
                        + " " + App.Notes.All.Count(n => n.Title.EndsWith(" " + n.Name.Substring(n.Name.LastIndexOf('_') + 1)))
                        + " " + App.Notes.MachineLearningAmazon0.Sections.MachineLearningInPractice0Note0.WhyItMattered0Note0.Claims.Count;
                }
            }
            """);

        Assert.True(vault.TotalCharacters > 4 * 8_000_000, $"{vault.TotalCharacters} characters");
        Assert.Equal("10000 270000 True 10000 10000 3", run.Invoke("Probe"));
    }
}
