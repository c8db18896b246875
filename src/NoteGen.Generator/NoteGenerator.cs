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
    /// Only the wiring lives here: <see cref="Initialize"/> reads as README's "How it works", one named step each.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NoteGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var settings = ReadSettings(context);
            var notes = ParseNotes(context, settings);
            var schemas = ReadSchemas(context);
            var index = BuildIndex(context, notes, settings, schemas);
            var resolved = notes.Combine(index)
                .Select(static (input, ct) => NoteResolver.Resolve(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.Resolve);

            EmitNoteFiles(context, resolved);
            EmitShapeFiles(context, resolved, settings);
            var frontMatter = EmitVaultNote(context, notes, settings);
            EmitSchemaClasses(context, index, frontMatter);
            EmitRoot(context, index, resolved);
            ReportChecks(context, notes, schemas, resolved, index, settings);
        }

        private static IncrementalValueProvider<GeneratorSettings> ReadSettings(IncrementalGeneratorInitializationContext context) =>
            context.AnalyzerConfigOptionsProvider.Combine(context.ParseOptionsProvider)
                .Combine(context.CompilationProvider.Select(static (compilation, _) => SettingsReader.HasJsonConverter(compilation)))
                .Select(static (input, ct) => SettingsReader.Read(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.Settings);

        /// <summary>Each Markdown AdditionalFile, parsed on its own (cached on its text). The first step only queues the
        /// notes to be read ahead on the other cores (<see cref="ReadAhead"/>); the second takes each parsed note and
        /// compares it with the last run's, so a note parsed to an equal model is Unchanged downstream.</summary>
        private static IncrementalValuesProvider<ParsedNote> ParseNotes(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorSettings> settings) =>
            context.AdditionalTextsProvider.Where(static file => NoteReader.IsNote(file))
                .Combine(settings)
                .Select(static (input, ct) => ReadAhead.Queue(() => NoteReader.Read(input.Left, input.Right, ct)))
                .WithTrackingName(TrackingNames.QueueParse)
                .Select(static (note, ct) => ReadAhead.Take(note, ct))
                .WithTrackingName(TrackingNames.Parse);

        /// <summary>Declared schemas: types marked [NoteSchema(glob)], ordered by name (the first match wins); their
        /// declaration problems are reported here.</summary>
        private static IncrementalValueProvider<EquatableArray<NoteSchema>> ReadSchemas(IncrementalGeneratorInitializationContext context)
        {
            var schemas = context.SyntaxProvider.ForAttributeWithMetadataName(SchemaReader.AttributeName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (attributeContext, ct) => SchemaReader.Read((INamedTypeSymbol)attributeContext.TargetSymbol,
                        attributeContext.Attributes[0], attributeContext.TargetNode, ct))
                .WithTrackingName(TrackingNames.Schemas)
                .Collect()
                .Select(static (all, _) => all.OrderBy(s => s.Type, System.StringComparer.Ordinal).ToEquatableArray());
            context.RegisterSourceOutput(schemas, static (spc, all) =>
            {
                foreach (var schema in all)
                    Report(spc, schema.Diagnostics);
            });
            return schemas;
        }

        /// <summary>Every note's names and anchors, with the other AdditionalFiles' paths: equal while only note bodies
        /// change, so the other notes' steps stay cached.</summary>
        private static IncrementalValueProvider<VaultIndex> BuildIndex(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedNote> notes,
            IncrementalValueProvider<GeneratorSettings> settings, IncrementalValueProvider<EquatableArray<NoteSchema>> schemas)
        {
            var keys = notes.Select(static (note, _) => NoteKey.Of(note)).WithTrackingName(TrackingNames.Keys).Collect();
            var attachments = context.AdditionalTextsProvider.Where(static file => !NoteReader.IsNote(file))
                .Combine(settings)
                .Select(static (input, _) => NoteReader.RelativePath(input.Left.Path, input.Right.VaultRoot))
                .WithTrackingName(TrackingNames.Attachments)
                .Collect();
            return keys.Combine(attachments).Combine(settings).Combine(schemas)
                .Select(static (input, ct) =>
                {
                    var (((noteKeys, attachmentPaths), vaultSettings), declared) = input;
                    return VaultIndexBuilder.Build(noteKeys, attachmentPaths, vaultSettings, declared, ct);
                })
                .WithTrackingName(TrackingNames.Index);
        }

        /// <summary>Each note's field and payload, gathered into a bounded number of files by a hash of its path.</summary>
        private static void EmitNoteFiles(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ResolvedNote> resolved)
        {
            var parts = resolved.Select(static (note, _) => NoteEmitter.Emit(note)).WithTrackingName(TrackingNames.Emit);
            var files = parts.Collect()
                .SelectMany(static (all, _) => NoteFiles.Group(all))
                .Select(static (file, _) => NoteFiles.Join(file))
                .WithTrackingName(TrackingNames.Files);
            context.RegisterSourceOutput(files, static (spc, file) => AddSource(spc, file));
        }

        /// <summary>The typed-section classes, each once however many notes share it.</summary>
        private static void EmitShapeFiles(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ResolvedNote> resolved,
            IncrementalValueProvider<GeneratorSettings> settings)
        {
            var shapeFiles = resolved.Select(static (note, _) => note.Members.Shapes)
                .WithTrackingName(TrackingNames.NoteShapes)
                .Collect()
                .Combine(settings)
                .SelectMany(static (input, _) => ShapeEmitter.Group(input.Left, input.Right))
                .Select(static (file, _) => ShapeEmitter.Emit(file))
                .WithTrackingName(TrackingNames.ShapeFiles);
            context.RegisterSourceOutput(shapeFiles, static (spc, file) => AddSource(spc, file));
        }

        /// <summary><c>VaultNote</c>, with a typed property per front-matter key of the vault (types inferred from every
        /// note); returns the inferred keys, which the schema classes build on.</summary>
        private static IncrementalValueProvider<VaultFrontMatter> EmitVaultNote(IncrementalGeneratorInitializationContext context,
            IncrementalValuesProvider<ParsedNote> notes, IncrementalValueProvider<GeneratorSettings> settings)
        {
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
            return frontMatter;
        }

        /// <summary>One class per declared schema, between <c>VaultNote</c> and the notes that follow it.</summary>
        private static void EmitSchemaClasses(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<VaultIndex> index,
            IncrementalValueProvider<VaultFrontMatter> frontMatter)
        {
            var schemaFiles = index.Combine(frontMatter)
                .Select(static (input, _) => SchemaEmitter.Emit(input.Left, input.Right))
                .WithTrackingName(TrackingNames.SchemaClasses);
            context.RegisterSourceOutput(schemaFiles, static (spc, output) =>
            {
                AddSource(spc, output.File);
                Report(spc, output.Diagnostics);
            });
        }

        /// <summary>The root class: the vault's payload (names, paths, aliases, backlinks), <c>All</c> and <c>Find</c>.</summary>
        private static void EmitRoot(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<VaultIndex> index,
            IncrementalValuesProvider<ResolvedNote> resolved)
        {
            var linkTargets = resolved.Select(static (note, _) => NoteLinkTargets.Of(note)).WithTrackingName(TrackingNames.LinkTargets).Collect();
            var root = index.Combine(linkTargets)
                .Select(static (input, ct) => RootEmitter.Emit(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.Root);
            context.RegisterSourceOutput(root, static (spc, file) => AddSource(spc, file));
        }

        /// <summary>What the other steps found, each from its own output (a moved link re-reports, it does not
        /// re-emit source): broken links and per-note problems, schema violations, the index's and the settings'
        /// problems, and a NoteGen library older than this generator.</summary>
        private static void ReportChecks(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedNote> notes,
            IncrementalValueProvider<EquatableArray<NoteSchema>> schemas, IncrementalValuesProvider<ResolvedNote> resolved,
            IncrementalValueProvider<VaultIndex> index, IncrementalValueProvider<GeneratorSettings> settings)
        {
            var noteDiagnostics = resolved.Select(static (note, _) => note.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(noteDiagnostics, static (spc, list) => Report(spc, list));

            var schemaChecks = notes.Combine(schemas)
                .Select(static (input, _) => SchemaValidator.Validate(input.Left, input.Right))
                .WithTrackingName(TrackingNames.SchemaChecks);
            context.RegisterSourceOutput(schemaChecks, static (spc, list) => Report(spc, list));

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
