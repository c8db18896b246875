using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator
{
    /// <summary>
    /// Checks that the NoteGen library the project compiles against is not older than this generator: generated code
    /// calls the library of the generator's version and writes its payload format, which an older library may not
    /// have or read. NuGet gives a project one NoteGen package, so this fails only when something else supplies the
    /// library (a direct reference to an old NoteGen.dll, or the generator taken from a newer package than the
    /// library); the error names both versions at compile time instead of an exception when the app runs.
    /// </summary>
    internal static class LibraryVersionCheck
    {
        /// <summary>The name of the runtime library's assembly, which generated code calls.</summary>
        public const string LibraryName = "NoteGen";

        /// <summary>The generator's own version: the NoteGen package's, since both assemblies are built from it.</summary>
        public static readonly Version GeneratorVersion = typeof(LibraryVersionCheck).Assembly.GetName().Version!;

        /// <summary>NG0020 when the referenced NoteGen library is older than the generator; nothing when it is the
        /// same or newer, or when there is none (the generated code's own errors then say what is missing).</summary>
        public static EquatableArray<DiagnosticInfo> Check(Compilation compilation)
        {
            var library = compilation.ReferencedAssemblyNames.FirstOrDefault(a => a.Name == LibraryName);
            if (library == null || Release(library.Version) >= Release(GeneratorVersion))
                return EquatableArray<DiagnosticInfo>.Empty;
            return new[]
            {
                DiagnosticInfo.Create(NoteGenDiagnostics.LibraryOlderThanGenerator, null, null, Release(library.Version).ToString(), Release(GeneratorVersion).ToString()),
            }.ToEquatableArray();
        }

        /// <summary>Major, minor and patch: what a package version sets (the assembly's fourth part is always 0).</summary>
        private static Version Release(Version version) => new Version(version.Major, version.Minor, Math.Max(version.Build, 0));
    }
}
