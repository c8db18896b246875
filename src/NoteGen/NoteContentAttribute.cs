using System;
using System.ComponentModel;

namespace NoteGen
{
    /// <summary>Carries a generated note's content (on the field that holds the note) or the vault's (on the root
    /// class). Used by generated code only.</summary>
    /// <remarks>
    /// The content lives in an attribute argument because attribute arguments are stored in the assembly's blob
    /// heap, as UTF-8, while string literals share the 16 MB user-string heap: a vault of a few thousand notes as
    /// literals fails to compile (CS8103). Attributes also work for every consumer, C# 7.3 and .NET Framework
    /// included, and each note's content is read only when that note is first used.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Field, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class NoteContentAttribute : Attribute
    {
        /// <summary>Called by generated code only.</summary>
        public NoteContentAttribute(string payload) => Payload = payload;

        /// <summary>The note's content in NoteGen's payload format.</summary>
        public string Payload { get; }
    }
}
