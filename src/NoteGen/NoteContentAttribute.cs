using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace NoteGen
{
    /// <summary>Carries generated notes' content (on a private content field of the root class, one per generated
    /// file, whose notes' payloads are its arguments) or the vault's (on the root class). Used by generated code only.</summary>
    /// <remarks>
    /// The content lives in attribute arguments because attribute arguments are stored in the assembly's blob
    /// heap, as UTF-8, while string literals share the 16 MB user-string heap: a vault of a few thousand notes as
    /// literals fails to compile (CS8103). Attributes also work for every consumer, C# 7.3 and .NET Framework
    /// included, and a file's content is read only when one of its notes is first used.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Field, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class NoteContentAttribute : Attribute
    {
        /// <summary>Called by generated code only.</summary>
        public NoteContentAttribute(params string[] payloads) => Payloads = Array.AsReadOnly(payloads ?? Array.Empty<string>());

        /// <summary>The content in NoteGen's payload format: the vault's, or one per note in the order the vault's
        /// payload gives.</summary>
        public IReadOnlyList<string> Payloads { get; }
    }
}
