using Microsoft.CodeAnalysis;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>Notes shared by several tests.</summary>
internal static class TestNotes
{
    /// <summary>The seed note from the design notes, verbatim.</summary>
    public static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "amazons_machine_learning_strategy.md"));

    public const string SeedPath = "notes/amazons_machine_learning_strategy.md";

    /// <summary>The notes the seed links to, so only deliberate links are broken.</summary>
    public static (string Path, string Text)[] SeedVault() =>
    [
        (SeedPath, Seed),
        ("notes/acquiredfm.md", "---\ntitle: Acquired FM\n---\nA podcast.\n"),
        ("notes/amazons_business_strategies_and_innovations.md", "# Amazon's business\n"),
        ("notes/amazons_cloudhosted_ml_services.md", "# ML services\n"),
        ("notes/amazons_transition_to_a_technology_company.md", "# Transition\n"),
        ("notes/awss_approach_to_cloud_computing_and_technology_strategy.md", "# AWS\n"),
    ];

    /// <summary>The sample vault (sample/notes, which holds the seed note) as notes/*.md.</summary>
    public static (string Path, string Text)[] SampleVault() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "SampleNotes"), "*.md").Order(StringComparer.Ordinal)
            .Select(path => ("notes/" + Path.GetFileName(path), File.ReadAllText(path))).ToArray();

    /// <summary>The realistic vault (see <see cref="RealisticVaultTests"/>).</summary>
    public static IEnumerable<AdditionalText> RealisticVault() => VaultFolder("RealisticVault");

    /// <summary>The files of <c>TestData/<paramref name="name"/></c> as AdditionalFiles, attachments included (empty:
    /// only their paths count), its list of broken links aside.</summary>
    public static IEnumerable<AdditionalText> VaultFolder(string name)
    {
        string root = Path.Combine(AppContext.BaseDirectory, "TestData", name);
        return Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) != BrokenLinks.FileName)
            .Order(StringComparer.Ordinal)
            .Select(path => (AdditionalText)new InMemoryAdditionalText(
                GeneratorHarness.ProjectDir + Path.GetRelativePath(root, path).Replace('\\', '/'),
                path.EndsWith(".md", StringComparison.Ordinal) ? File.ReadAllText(path) : ""));
    }
}
