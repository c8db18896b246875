using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator
{
    /// <summary>Reads the MSBuild properties and language version the generator depends on, once per compilation.</summary>
    internal static class SettingsReader
    {
        public static GeneratorSettings Read((AnalyzerConfigOptionsProvider Options, ParseOptions ParseOptions) input, CancellationToken cancellationToken)
        {
            var options = input.Options.GlobalOptions;
            string? Property(string name) =>
                options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

            var languageVersion = (input.ParseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.CSharp7_3;
            return new GeneratorSettings(
                Property("NoteGenVaultRoot") ?? Property("ProjectDir"),
                Property("NoteGenNamespace") ?? Property("RootNamespace") ?? "",
                Property("NoteGenClassName") ?? GeneratorSettings.DefaultClassName,
                Property("NoteGenVideoUrlTemplate") ?? GeneratorSettings.DefaultVideoUrlTemplate,
                languageVersion >= LanguageVersion.CSharp8);
        }
    }
}
