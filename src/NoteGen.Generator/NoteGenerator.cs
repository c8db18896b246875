using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NoteGen.Generator.Emitting;
using NoteGen.Generator.Model;
using NoteGen.Generator.Parsing;
using NoteGen.Generator.Resolution;

namespace NoteGen.Generator
{
    /// <summary>
    /// Markdown notes (AdditionalFiles) → typed C#. Text → parsed note (per file) → vault index (names only) →
    /// resolved note (per note) → source (per note, gathered into a bounded number of files; the typed-section
    /// classes, each once; the root class).
    /// Only the wiring lives here.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NoteGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var settings = context.AnalyzerConfigOptionsProvider.Combine(context.ParseOptionsProvider)
                .Select(static (input, ct) => SettingsReader.Read(input, ct))
                .WithTrackingName(TrackingNames.Settings);

            var notes = context.AdditionalTextsProvider.Where(static file => NoteReader.IsNote(file))
                .Combine(settings)
                .Select(static (input, ct) => NoteReader.Read(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.Parse);

            var attachments = context.AdditionalTextsProvider.Where(static file => !NoteReader.IsNote(file))
                .Combine(settings)
                .Select(static (input, _) => NoteReader.RelativePath(input.Left.Path, input.Right.VaultRoot))
                .WithTrackingName(TrackingNames.Attachments)
                .Collect();

            // Declared schemas: types marked [NoteSchema(glob)], ordered by name (the first match wins).
            var schemas = context.SyntaxProvider.ForAttributeWithMetadataName(SchemaReader.AttributeName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, ct) => SchemaReader.Read(attributeContext, ct))
                .WithTrackingName(TrackingNames.Schemas)
                .Collect()
                .Select(static (all, _) => all.OrderBy(s => s.Type, System.StringComparer.Ordinal).ToEquatableArray());
            context.RegisterSourceOutput(schemas, static (spc, all) =>
            {
                foreach (var schema in all)
                    Report(spc, schema.Diagnostics);
            });

            var index = notes.Select(static (note, _) => NoteKey.Of(note))
                .WithTrackingName(TrackingNames.Keys)
                .Collect()
                .Combine(attachments)
                .Combine(settings)
                .Combine(schemas)
                .Select(static (input, ct) => VaultIndexBuilder.Build(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, ct))
                .WithTrackingName(TrackingNames.Index);

            var resolved = notes.Combine(index)
                .Select(static (input, ct) => NoteResolver.Resolve(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.Resolve);

            var parts = resolved.Select(static (note, _) => NoteEmitter.Emit(note)).WithTrackingName(TrackingNames.Emit);
            var files = parts.Collect()
                .SelectMany(static (all, _) => NoteFiles.Group(all))
                .Select(static (file, _) => NoteFiles.Join(file))
                .WithTrackingName(TrackingNames.Files);
            context.RegisterSourceOutput(files, static (spc, file) => AddSource(spc, file));

            // Typed-section classes, each once however many notes share it.
            var shapeFiles = resolved.Select(static (note, _) => note.Members.Shapes)
                .WithTrackingName(TrackingNames.NoteShapes)
                .Collect()
                .Combine(settings)
                .SelectMany(static (input, _) => ShapeEmitter.Group(input.Left, input.Right))
                .Select(static (file, _) => ShapeEmitter.Emit(file))
                .WithTrackingName(TrackingNames.ShapeFiles);
            context.RegisterSourceOutput(shapeFiles, static (spc, file) => AddSource(spc, file));

            var diagnostics = resolved.Select(static (note, _) => note.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, list) => Report(spc, list));

            var frontMatter = notes.Select(static (note, _) => FrontMatterInference.Shape(note))
                .WithTrackingName(TrackingNames.FrontMatterShapes)
                .Collect()
                .Combine(settings)
                .Select(static (input, ct) => FrontMatterInference.Infer(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.FrontMatter);
            context.RegisterSourceOutput(frontMatter, static (spc, vault) =>
            {
                AddSource(spc, VaultNoteEmitter.Emit(vault));
                Report(spc, vault.Diagnostics);
            });

            var schemaFiles = index.Combine(frontMatter)
                .Select(static (input, _) => SchemaEmitter.Emit(input.Left, input.Right))
                .WithTrackingName(TrackingNames.SchemaClasses);
            context.RegisterSourceOutput(schemaFiles, static (spc, output) =>
            {
                AddSource(spc, output.File);
                Report(spc, output.Diagnostics);
            });
            var schemaChecks = notes.Combine(schemas)
                .Select(static (input, _) => SchemaValidator.Validate(input.Left, input.Right))
                .WithTrackingName(TrackingNames.SchemaChecks);
            context.RegisterSourceOutput(schemaChecks, static (spc, list) => Report(spc, list));

            var linkTargets = resolved.Select(static (note, _) => NoteLinkTargets.Of(note)).WithTrackingName(TrackingNames.LinkTargets).Collect();
            var root = index.Combine(linkTargets)
                .Select(static (input, ct) => RootEmitter.Emit(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.Root);
            context.RegisterSourceOutput(root, static (spc, file) => AddSource(spc, file));
            context.RegisterSourceOutput(index.Select(static (vault, _) => vault.Diagnostics), static (spc, list) => Report(spc, list));
            context.RegisterSourceOutput(settings.Select(static (value, _) => value.Diagnostics), static (spc, list) => Report(spc, list));

            var library = context.CompilationProvider.Select(static (compilation, _) => LibraryVersionCheck.Check(compilation))
                .WithTrackingName(TrackingNames.LibraryVersion);
            context.RegisterSourceOutput(library, static (spc, list) => Report(spc, list));
        }

        /// <summary>Adds <paramref name="file"/>; null is a file with nothing in it (an empty hash bucket, no schemas).</summary>
        private static void AddSource(SourceProductionContext context, GeneratedFile? file)
        {
            if (file != null)
                context.AddSource(file.HintName, SourceText.From(file.Source, System.Text.Encoding.UTF8));
        }

        private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
