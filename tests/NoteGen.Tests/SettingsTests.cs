using Microsoft.CodeAnalysis;
using NoteGen.Tests.Infrastructure;

namespace NoteGen.Tests;

/// <summary>The MSBuild properties a consumer sets reach the generated code; bad values are NG0009 and fall back.</summary>
public class SettingsTests
{
    private static readonly AdditionalText[] OneNote = GeneratorHarness.Notes(
        ("notes/episode.md", "---\nvideoId: abc-123\n---\nClaim <a class=\"yt-timestamp\" data-t=\"01:00\">[01:00]</a>.\n"));

    [Fact]
    public void Namespace_class_name_and_video_URL_template_are_used()
    {
        var run = GeneratorHarness.Run(OneNote,
            "public static class Probe { public static string Run() => My.Content.Library.Episode.Claims[0].Timestamps[0].Url!.ToString(); }",
            properties: GeneratorHarness.Properties(("NoteGenNamespace", "My.Content"), ("NoteGenClassName", "Library"),
                ("NoteGenVideoUrlTemplate", "https://youtu.be/{videoId}?t={seconds}")));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("https://youtu.be/abc-123?t=60", run.Invoke("Probe"));
    }

    [Theory]
    [InlineData("Vault")]
    [InlineData("Find")]
    public void A_class_name_that_clashes_with_a_member_falls_back(string className)
    {
        var run = GeneratorHarness.Run(OneNote, "public static class Probe { public static string Run() => App.Notes.Episode.Name; }",
            properties: GeneratorHarness.Properties(("NoteGenClassName", className)));

        Assert.Equal("NG0009", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.Equal("episode", run.Invoke("Probe"));
    }

    [Fact]
    public void An_empty_root_namespace_puts_the_class_in_the_global_namespace()
    {
        var run = GeneratorHarness.Run(OneNote, "public static class Probe { public static string Run() => global::Notes.Episode.Name; }",
            properties: GeneratorHarness.Properties(("RootNamespace", "")));

        Assert.Equal("episode", run.Invoke("Probe"));
    }

    [Fact]
    public void Invalid_values_are_reported_and_replaced_by_the_defaults()
    {
        var run = GeneratorHarness.Run(OneNote, "public static class Probe { public static string Run() => App.Notes.Episode.Claims[0].Timestamps[0].Url!.ToString(); }",
            properties: GeneratorHarness.Properties(("NoteGenNamespace", "My-Content"), ("NoteGenClassName", "class"), ("NoteGenVideoUrlTemplate", "youtube/{videoId}")));

        string[] expected =
        [
            "NoteGenNamespace 'My-Content' is not a valid C# namespace; using 'App' instead",
            "NoteGenClassName 'class' is not a valid C# class name or is a member name of the class (All, Find, Vault, VaultNote, Shapes); using 'Notes' instead",
            "NoteGenVideoUrlTemplate 'youtube/{videoId}' must be an absolute URL containing {videoId} and {seconds}; using 'https://www.youtube.com/watch?v={videoId}&t={seconds}s' instead",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), run.GeneratorDiagnostics.Select(d => d.GetMessage()).Order(StringComparer.Ordinal));
        Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(("NG0009", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
        Assert.Equal("https://www.youtube.com/watch?v=abc-123&t=60s", run.Invoke("Probe"));
    }

    [Fact]
    public void Without_typed_sections_a_note_has_no_section_classes_and_its_sections_are_a_plain_list()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "# Top\n## Part\n- Claim.\n### Deep\n- Deeper.\n")), """
            public static class Probe
            {
                public static string Run() =>
                    typeof(App.Notes.Shapes).GetNestedTypes().Length + " " + App.Notes.A.GetType().Name + " " + App.Notes.A.Sections.GetType().Name + " "
                    + App.Notes.A.Sections[0].Subsections[0].Heading + " "
                    + App.Notes.A.AllSections[2].Claims[0].Text + " " + (App.Notes.Find("a")!.Sections[0].Subsections[0].Claims.Count);
            }
            """, properties: GeneratorHarness.Properties(("NoteGenTypedSections", "false")));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("0 VaultNote`1 SectionList Part Deeper. 2", run.Invoke("Probe"));
    }

    [Fact]
    public void A_typed_sections_value_that_is_not_a_boolean_is_reported_and_sections_stay_typed()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.Notes(("notes/a.md", "# Top\n## Part\n")),
            "public static class Probe { public static string Run() => App.Notes.A.Sections.Top.Part.Heading; }",
            properties: GeneratorHarness.Properties(("NoteGenTypedSections", "no")));

        Assert.Equal("NoteGenTypedSections 'no' must be true or false; using 'true' instead", Assert.Single(run.GeneratorDiagnostics).GetMessage());
        Assert.Equal("Part", run.Invoke("Probe"));
    }

    /// <summary>The payload formats a project's code carries: "11|" deflated, "10|" written out.</summary>
    private static string[] PayloadHeaders(GeneratorRun run) =>
        run.Result.GeneratedSources.SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.SourceText.ToString(), "\"(1[01]\\|)").Select(m => m.Groups[1].Value))
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(null, null, "11|")]
    [InlineData(null, "linux-x64", "11|")]
    [InlineData(null, "browser-wasm", "10|")]
    [InlineData("false", null, "10|")]
    [InlineData("true", "browser-wasm", "11|")]
    [InlineData("False", "linux-x64", "10|")]
    public void Payloads_are_deflated_unless_the_project_says_not_or_runs_in_a_browser(string? deflate, string? runtime, string header)
    {
        var properties = new List<(string, string)>();
        if (deflate != null)
            properties.Add(("NoteGenDeflatePayloads", deflate));
        if (runtime != null)
            properties.Add(("RuntimeIdentifier", runtime));

        var run = GeneratorHarness.Run(OneNote, "public static class Probe { public static string Run() => App.Notes.Episode.Claims[0].Timestamps[0].Url + \" \" + App.Notes.All.Count; }",
            properties: GeneratorHarness.Properties(properties.ToArray()));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal([header], PayloadHeaders(run));
        Assert.Equal("https://www.youtube.com/watch?v=abc-123&t=60s 1", run.Invoke("Probe"));
    }

    [Fact]
    public void A_deflate_value_that_is_not_a_boolean_is_reported_and_payloads_are_deflated()
    {
        var run = GeneratorHarness.Run(OneNote, "public static class Probe { public static string Run() => App.Notes.Episode.Title; }",
            properties: GeneratorHarness.Properties(("NoteGenDeflatePayloads", "small")));

        Assert.Equal("NoteGenDeflatePayloads 'small' must be true or false; using 'true' instead", Assert.Single(run.GeneratorDiagnostics).GetMessage());
        Assert.Equal(["11|"], PayloadHeaders(run));
        Assert.Equal("episode", run.Invoke("Probe"));
    }
}
