namespace NoteGen.Generator.Resolution
{
    /// <summary>
    /// The members that generated classes inherit from the runtime library's types (public and protected, besides
    /// <see cref="object"/>'s): generated fields and properties must not take these names. The runtime library is not
    /// referenced by the generator, so the names are listed here, and <c>RuntimeMemberTests</c> pins each list to
    /// its type by reflection: a member added to the library fails the tests until it is added here.
    /// </summary>
    internal static class RuntimeMembers
    {
        /// <summary><c>NoteGen.Note</c>: what <c>VaultNote</c>'s front-matter properties and a schema's must avoid.</summary>
        public static readonly string[] Note =
        {
            "Name", "Path", "Title", "Markdown", "Html", "FrontMatter", "Sections", "AllSections", "Claims", "Timestamps", "Links", "Backlinks", "Tags",
            "FrontMatterValue", "FrontMatterString", "FrontMatterBoolean", "FrontMatterInt64", "FrontMatterDouble",
            "FrontMatterDateTime", "FrontMatterDateTimeOffset", "FrontMatterList", "FrontMatterLink", "FrontMatterLinks",
            "FrontMatterMember", "FrontMatterMemberList", "FrontMatterNote", "FrontMatterNotes", "DataList", "DataOf",
            "CreateSections",
        };

        /// <summary><c>NoteGen.SectionList</c>: what an outline's heading fields must avoid.</summary>
        public static readonly string[] SectionList = { "Count", "Item", "GetEnumerator" };

        /// <summary><c>NoteGen.Section</c>: what a section's sub-heading fields must avoid.</summary>
        public static readonly string[] Section = { "Heading", "Level", "Line", "Parent", "Note", "Subsections", "Claims", "OwnClaims", "Anchor", "Html" };
    }
}
