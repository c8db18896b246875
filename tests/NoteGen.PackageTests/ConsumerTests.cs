using System.IO.Compression;
using System.Text.RegularExpressions;

namespace NoteGen.PackageTests;

/// <summary>Fresh consumer projects that reference the packed NoteGen by version from a folder feed, built with
/// the real SDK; assertions are on the build output and exit codes.</summary>
[Trait("Category", "Slow")]
[Collection(PackageCollection.Name)]
public class ConsumerTests(PackageFixture fixture)
{
    private const string Anchor = "<a class=\"yt-timestamp\" data-t=\"00:01:08\">[00:01:08]</a>";

    private static readonly (string, string)[] ThreeNotes =
    [
        ("notes/hub.md", "---\ntitle: The hub\n---\n\nLinks to [[first_episode]] and [[second_episode | the second]].\n"),
        ("notes/first_episode.md", $"---\ntitle: First episode\nvideoId: ifA0ZRiOmx0\n---\n\nFrom: [[hub]] <br/>\n\n## Data Gravity\n\nRunning ML near the data is paramount {Anchor}. See [[second_episode]].\n"),
        ("notes/second_episode.md", "---\ntitle: Second episode\nvideoId: abcdefghijk\n---\n\nFrom: [[hub]] <br/>\n\n## Broken\n\n* A claim that links to [[no_such_note]].\n"),
    ];

    /// <summary>A project file referencing the packed NoteGen, with <c>notes/**/*.md</c> as its notes.</summary>
    internal static string Project(string sdkProperties, string extraItems = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
        {sdkProperties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NoteGen" Version="$(NoteGenTestVersion)" />
            <AdditionalFiles Include="notes/**/*.md" />
        {extraItems}
          </ItemGroup>
        </Project>
        """;

    internal const string ConsoleApp = """
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RootNamespace>App</RootNamespace>
        """;

    private const string ProgramPrintingAClaim = """
        var claim = App.Notes.FirstEpisode.Sections.DataGravity.Claims[0];
        System.Console.WriteLine("claim: " + claim.Text);
        System.Console.WriteLine("url: " + claim.Timestamps[0].Url);
        System.Console.WriteLine("notes: " + App.Notes.All.Count);
        """;

    [Fact]
    public void The_package_holds_the_library_the_generator_its_dependencies_and_no_package_dependencies()
    {
        using var archive = ZipFile.OpenRead(fixture.Package);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            "lib/netstandard2.0/NoteGen.dll", "lib/netstandard2.0/NoteGen.xml", "lib/net8.0/NoteGen.dll", "lib/net8.0/NoteGen.xml",
            "analyzers/dotnet/cs/NoteGen.Generator.dll", "analyzers/dotnet/cs/Markdig.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
            "buildTransitive/NoteGen.props", "README.md",
        }, entries);
        using var nuspec = new StreamReader(archive.GetEntry("NoteGen.nuspec")!.Open());
        string manifest = nuspec.ReadToEnd();
        Assert.DoesNotContain("<dependency ", manifest);
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest);
    }

    [Fact]
    public void Packing_again_gives_the_same_bytes()
    {
        string again = Path.Combine(fixture.Root, "feed-again");

        var pack = DotNet.Run(fixture.RepositoryRoot, "pack", "src/NoteGen/NoteGen.csproj", "-c", "Release", "-o", again,
            "-p:Version=" + fixture.Version, "-p:ContinuousIntegrationBuild=true");

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Equal(File.ReadAllBytes(fixture.Package), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(fixture.Package))));
    }

    [Fact]
    public void A_console_app_builds_runs_and_prints_NG0001_at_the_md_location()
    {
        string app = fixture.CreateProject("app", [("app.csproj", Project(ConsoleApp)), ("Program.cs", ProgramPrintingAClaim), .. ThreeNotes]);

        var build = DotNet.Run(app, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Matches(new Regex(@"notes/second_episode\.md\(10,25\): warning NG0001: Link target 'no_such_note' does not match any note"), build.Output);
        Assert.Single(Regex.Matches(build.Output, @"warning NG0001.*\[").Select(m => m.Value).Distinct());

        var run = DotNet.Run(app, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("claim: Running ML near the data is paramount.", run.Output);
        Assert.Contains("url: https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=68s", run.Output);
        Assert.Contains("notes: 3", run.Output);
    }

    [Fact]
    public void A_netstandard2_0_library_at_CSharp_7_3_builds_without_errors_or_other_warnings()
    {
        string library = fixture.CreateProject("lib73", [
            ("lib73.csproj", Project("""
                    <TargetFramework>netstandard2.0</TargetFramework>
                    <LangVersion>7.3</LangVersion>
                    <RootNamespace>Lib73</RootNamespace>
                """)),
            ("Uses.cs", "namespace Lib73 { public static class Uses { public static string Title() { return Notes.FirstEpisode.Title + Notes.Hub.Links.Count; } } }"),
            .. ThreeNotes]);

        var build = DotNet.Run(library, "build");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotMatch(new Regex(@"error [A-Z]+\d+"), build.Output);
        Assert.DoesNotMatch(new Regex(@"warning (?!NG)[A-Z]+\d+"), build.Output);
    }

    [Fact]
    public void A_net472_library_builds()
    {
        string library = fixture.CreateProject("lib472", [
            ("lib472.csproj", Project("""
                    <TargetFramework>net472</TargetFramework>
                    <RootNamespace>Lib472</RootNamespace>
                """)),
            ("Uses.cs", "namespace Lib472 { public static class Uses { public static string Title() => Notes.FirstEpisode.Sections.DataGravity.Claims[0].Text; } }"),
            .. ThreeNotes]);

        var build = DotNet.Run(library, "build");

        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Theory]
    [InlineData("warnings-as-errors", "<WarningsAsErrors>$(WarningsAsErrors);NG0001</WarningsAsErrors>", "")]
    [InlineData("globalconfig", "", "is_global = true\ndotnet_diagnostic.NG0001.severity = error\n")]
    public void The_documented_one_liners_make_broken_links_fail_the_build(string name, string property, string globalConfig)
    {
        var files = new List<(string, string)> { ($"{name}.csproj", Project(ConsoleApp + property)), ("Program.cs", ProgramPrintingAClaim) };
        files.AddRange(ThreeNotes);
        if (globalConfig.Length > 0)
            files.Add((".globalconfig", globalConfig));
        string app = fixture.CreateProject(name, [.. files]);

        var build = DotNet.Run(app, "build");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(new Regex(@"notes/second_episode\.md\(10,25\): error NG0001: Link target 'no_such_note'"), build.Output);
    }

    [Fact]
    public void A_declared_schema_fails_the_build_at_the_md_key_until_the_notes_satisfy_it()
    {
        const string Schema = "[NoteGen.NoteSchema(\"notes/*_episode.md\")] public record Episode(string Title, string VideoId, int Number);\n";
        string app = fixture.CreateProject("schema", [
            ("schema.csproj", Project(ConsoleApp)),
            ("Program.cs", "System.Console.WriteLine(App.Notes.FirstEpisode.VideoId + \" \" + App.Notes.SecondEpisode.Data.Number);\n" + Schema),
            .. ThreeNotes]);

        var failing = DotNet.Run(app, "build");

        Assert.NotEqual(0, failing.ExitCode);
        Assert.Matches(new Regex(@"notes/first_episode\.md\(1,1\): error NG0014: Front matter has no 'number', which schema 'Episode' requires"), failing.Output);

        File.WriteAllText(Path.Combine(app, "Program.cs"), File.ReadAllText(Path.Combine(app, "Program.cs")).Replace("int Number", "int Number = 7"));
        var run = DotNet.Run(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ifA0ZRiOmx0 7", run.Output);
    }

    [Fact]
    public void A_project_without_notes_builds_and_has_no_notes()
    {
        string app = fixture.CreateProject("empty", [
            ("empty.csproj", Project(ConsoleApp)),
            ("Program.cs", "System.Console.WriteLine(\"notes: \" + App.Notes.All.Count + \" \" + (App.Notes.Find(\"x\") == null));")]);

        var run = DotNet.Run(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("notes: 0 True", run.Output);
    }

    [Fact]
    public void Two_projects_using_NoteGen_one_referencing_the_other_build_without_clashes()
    {
        fixture.CreateProject("two/Library", [
            ("Library.csproj", Project("""
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>App</RootNamespace>
                """)),
            ("Catalog.cs", "namespace App { public static class Catalog { public static NoteGen.Note Hub => Notes.Hub; } }"),
            .. ThreeNotes]);
        string app = fixture.CreateProject("two/App", [
            ("App.csproj", Project(ConsoleApp, """<ProjectReference Include="../Library/Library.csproj" />""")),
            ("Program.cs", "System.Console.WriteLine(App.Catalog.Hub.Title + \" / \" + App.Notes.Own.Title);"),
            ("notes/own.md", "# Own note\n")]);

        var run = DotNet.Run(app, "run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("The hub / Own note", run.Output);
        Assert.DoesNotMatch(new Regex(@"warning CS0436"), run.Output);
    }
}
