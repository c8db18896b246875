using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator
{
    /// <summary>Reads the MSBuild properties, language version and NoteGen library the generator depends on, once per
    /// compilation. A value it cannot use is reported (NG0009) and replaced by the default.</summary>
    internal static class SettingsReader
    {
        public static GeneratorSettings Read((AnalyzerConfigOptionsProvider Options, ParseOptions ParseOptions) input, bool jsonConverter, CancellationToken cancellationToken)
        {
            var options = input.Options.GlobalOptions;
            string? Property(string name) =>
                options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

            var diagnostics = new List<DiagnosticInfo>();
            string rootNamespace = Property("RootNamespace") ?? "";
            if (!IsNamespace(rootNamespace))
                rootNamespace = "";
            string @namespace = Checked(Property("NoteGenNamespace"), "NoteGenNamespace", IsNamespace, "is not a valid C# namespace", rootNamespace, diagnostics);
            string className = Checked(Property("NoteGenClassName"), "NoteGenClassName",
                name => IsPlainIdentifier(name) && !VaultIndexBuilder.RootMembers.Contains(name),
                "is not a valid C# class name or is a member name of the class (" + string.Join(", ", VaultIndexBuilder.RootMembers) + ")",
                GeneratorSettings.DefaultClassName, diagnostics);
            string videoUrl = Checked(Property("NoteGenVideoUrlTemplate"), "NoteGenVideoUrlTemplate", IsUrlTemplate,
                "must be an absolute URL containing {videoId} and {seconds}", GeneratorSettings.DefaultVideoUrlTemplate, diagnostics);

            bool typedSections = Flag(Property("NoteGenTypedSections"), "NoteGenTypedSections", true, diagnostics);

            bool html = Flag(Property("NoteGenHtml"), "NoteGenHtml", true, diagnostics);
            bool rawHtml = Flag(Property("NoteGenRawHtml"), "NoteGenRawHtml", false, diagnostics);
            string linkUrl = Checked(Property("NoteGenLinkUrl"), "NoteGenLinkUrl", t => t.Contains("{name}") || t.Contains("{path}"),
                "must contain {name} or {path}", GeneratorSettings.DefaultLinkUrlTemplate, diagnostics);
            string attachmentUrl = Checked(Property("NoteGenAttachmentUrl"), "NoteGenAttachmentUrl", t => t.Contains("{path}"),
                "must contain {path}", GeneratorSettings.DefaultAttachmentUrlTemplate, diagnostics);
            bool browser = Property("RuntimeIdentifier")?.StartsWith("browser-", StringComparison.OrdinalIgnoreCase) == true;
            bool deflate = Flag(Property("NoteGenDeflatePayloads"), "NoteGenDeflatePayloads", !browser, diagnostics);

            var languageVersion = (input.ParseOptions as CSharpParseOptions)?.LanguageVersion ?? LanguageVersion.CSharp7_3;
            return new GeneratorSettings(
                Property("NoteGenVaultRoot") ?? Property("ProjectDir"),
                @namespace,
                className,
                videoUrl,
                languageVersion >= LanguageVersion.CSharp8,
                typedSections,
                html,
                rawHtml,
                linkUrl,
                attachmentUrl,
                deflate,
                jsonConverter,
                diagnostics.ToEquatableArray());
        }

        /// <summary>Whether the NoteGen library <paramref name="compilation"/> references has <see cref="GeneratorSettings.JsonConverterType"/>:
        /// looked up in that assembly only, so the check stays cheap when it runs again after every edit.</summary>
        public static bool HasJsonConverter(Compilation compilation)
        {
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
                if (assembly.Name == LibraryVersionCheck.LibraryName)
                    return assembly.GetTypeByMetadataName(GeneratorSettings.JsonConverterType) is { DeclaredAccessibility: Accessibility.Public };
            return false;
        }

        private static string Checked(string? value, string property, Func<string, bool> isValid, string problem, string fallback, List<DiagnosticInfo> diagnostics)
        {
            if (value == null)
                return fallback;
            if (isValid(value))
                return value;
            diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.InvalidSetting, null, null, property, value, problem, fallback));
            return fallback;
        }

        private static bool Flag(string? value, string property, bool fallback, List<DiagnosticInfo> diagnostics) =>
            Checked(value, property, IsBoolean, "must be true or false", fallback ? "true" : "false", diagnostics)
                .Equals("true", StringComparison.OrdinalIgnoreCase);

        private static bool IsPlainIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        private static bool IsBoolean(string value) =>
            value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase);

        private static bool IsNamespace(string name) => name.Length == 0 || name.Split('.').All(IsPlainIdentifier);

        private static bool IsUrlTemplate(string template) =>
            template.Contains("{videoId}") && template.Contains("{seconds}")
            && Uri.TryCreate(template.Replace("{videoId}", "x").Replace("{seconds}", "1"), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }
}
