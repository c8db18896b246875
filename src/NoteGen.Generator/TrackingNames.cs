namespace NoteGen.Generator
{
    /// <summary>Names of the pipeline steps, for <c>WithTrackingName</c> and the tests that assert caching.</summary>
    internal static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string QueueParse = nameof(QueueParse);
        public const string Parse = nameof(Parse);
        public const string Keys = nameof(Keys);
        public const string Attachments = nameof(Attachments);
        public const string LinkTargets = nameof(LinkTargets);
        public const string FrontMatterShapes = nameof(FrontMatterShapes);
        public const string FrontMatter = nameof(FrontMatter);
        public const string Index = nameof(Index);
        public const string Resolve = nameof(Resolve);
        public const string Emit = nameof(Emit);
        public const string Files = nameof(Files);
        public const string NoteShapes = nameof(NoteShapes);
        public const string ShapeFiles = nameof(ShapeFiles);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Root = nameof(Root);
        public const string Schemas = nameof(Schemas);
        public const string SchemaClasses = nameof(SchemaClasses);
        public const string SchemaChecks = nameof(SchemaChecks);
        public const string LibraryVersion = nameof(LibraryVersion);
    }
}
