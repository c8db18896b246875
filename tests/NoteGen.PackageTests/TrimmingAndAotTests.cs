using System.Text.RegularExpressions;

namespace NoteGen.PackageTests;

/// <summary>
/// A console app over a vault that uses the whole API (typed sections three levels deep, inferred front matter with
/// lists of integers and dates, a declared schema with an enum, a nullable date and a list, aliases, heading and
/// block links, backlinks, tags, timestamps, JSON through a source-generated context), built from the packed package
/// and run three ways: <c>dotnet run</c>, published trimmed (self-contained) and published Native AOT. The generated
/// code and the library must behave the same in all three, and neither publish may warn about trimming or AOT.
/// </summary>
[Trait("Category", "Slow")]
[Collection(PackageCollection.Name)]
public class TrimmingAndAotTests(PackageFixture fixture)
{
    private static readonly Regex TrimOrAotWarning = new(@"\b(IL[23]\d{3})\b");

    [Fact]
    public void An_app_prints_the_same_vault_under_dotnet_run_trimmed_and_Native_AOT_with_no_trim_or_AOT_warning()
    {
        string app = CreateApp("api-consumer");

        var build = DotNet.Run(app, "build", "-c", "Release");
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = DotNet.Run(app, "run", "--no-build", "-c", "Release");
        Assert.True(run.ExitCode == 0, run.ToString());
        string expected = run.Output;
        // The output is what the vault says, not an empty or failing run.
        Assert.Contains("typed: Capacity / Foundries / Chips: Capacity takes years to build. #supply-chain https://www.youtube.com/watch?v=ifA0ZRiOmx0&t=4630s", expected);
        Assert.Contains("episode: Chips, foundries and capacity #1 Published published=2024-01-05 guests=[Ada, Grace]", expected);
        Assert.Contains("typed: rating=4 scores=[3, 1, 2] aired=[2024-01-05, 2024-02-10] updated=2024-03-05T10:30", expected);
        Assert.Contains("link [[ep2#^quote]] -> notes/episodes/ep2.md note=ep2 heading=- block=quote section=Outlook broken=False", expected);
        Assert.Contains("link [[ep3]] -> - note=- heading=- block=- section=- broken=True", expected);
        Assert.Contains("backlink from hub line 12", expected);
        // HTML, its timestamps filled in at run time, and the anchors of sections.
        Assert.Contains("html: <p>Chips are designed by many companies <a class=\"timestamp\" href=\"https://www.youtube.com/watch?v=ifA0ZRiOmx0&amp;t=68s\">[00:01:08]</a>. Few can build them.</p>\\n<h3 id=\"foundries\">Foundries</h3>", expected);
        Assert.Contains("### Foundries #foundries (line 19", expected);
        // Links in front matter: typed from the vault (a list of links) and as a schema reference to another episode.
        Assert.Contains("featured: ep1>ep1#, the outlook>ep2#Outlook", expected);
        Assert.Contains("previous=ep1/Chips, foundries and capacity", expected);
        Assert.Contains("backlink from ep2 line 7 property previous", expected);
        // JSON through a source-generated context: links with their resolved path (none when broken), backlinks as paths.
        Assert.Contains("""json: {"name":"hub","path":"notes/hub.md","title":"The hub","frontMatter":{"title":"The hub","aliases":["Home","Start page"],""", expected);
        Assert.Contains("""{"target":"ep3","alias":null,"heading":null,"blockId":null,"isEmbed":false,"isMarkdownLink":false,"property":null,"line":14,"column":37,"path":null,"isBroken":true}""", expected);
        Assert.Contains("""
            "backlinks":[{"source":"notes/episodes/ep2.md","heading":null,"blockId":null,"property":null,"line":14,"column":17},
            """, expected);
        Assert.Contains("find: Start page -> notes/hub.md, ep2 -> The second episode, notes/episodes/season-1/ep1.md -> ep1, nothing -> null", expected);

        foreach (var (name, properties) in new[]
        {
            ("trimmed", new[] { "-p:PublishTrimmed=true", "--self-contained" }),
            ("aot", new[] { "-p:PublishAot=true" }),
        })
        {
            string output = Path.Combine(fixture.Root, "api-consumer-" + name);
            var publish = DotNet.Run(app, ["publish", "-c", "Release", "-r", "linux-x64", "-o", output, .. properties]);
            Assert.True(publish.ExitCode == 0, publish.ToString());
            Assert.Empty(TrimOrAotWarning.Matches(publish.Output).Select(m => m.Value).Distinct());

            var published = DotNet.Execute(Path.Combine(output, "app"));
            Assert.True(published.ExitCode == 0, name + ": " + published);
            Assert.Equal(expected, published.Output);
        }
    }

    private string CreateApp(string name)
    {
        string source = Path.Combine(fixture.RepositoryRoot, "tests", "NoteGen.PackageTests", "ApiConsumer");
        var files = Directory.GetFiles(source, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(source, f), File.ReadAllText(f)))
            .Append(("app.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <AssemblyName>app</AssemblyName>
                    <RootNamespace>App</RootNamespace>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <!-- The same culture data in every run: a self-contained app would otherwise need the machine's ICU. -->
                    <InvariantGlobalization>true</InvariantGlobalization>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NoteGen" Version="$(NoteGenTestVersion)" />
                    <AdditionalFiles Include="notes/**/*.md" />
                  </ItemGroup>
                </Project>
                """));
        return fixture.CreateProject(name, [.. files]);
    }
}
