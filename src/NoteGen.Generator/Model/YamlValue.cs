namespace NoteGen.Generator.Model
{
    internal enum YamlValueKind
    {
        Null,
        Scalar,
        List,
        Map,
    }

    /// <summary>A front-matter value as YAML gave it. Lists and maps hold <see cref="Entries"/>
    /// (keys are null in lists). <paramref name="Quoted"/> scalars are text whatever they look like ("42").</summary>
    internal sealed record YamlValue(YamlValueKind Kind, string? Scalar, EquatableArray<YamlEntry> Entries, bool Quoted = false)
    {
        public static readonly YamlValue Null = new YamlValue(YamlValueKind.Null, null, EquatableArray<YamlEntry>.Empty);
        public static readonly YamlValue EmptyMap = new YamlValue(YamlValueKind.Map, null, EquatableArray<YamlEntry>.Empty);

        /// <summary>The scalar under <paramref name="key"/> when this is a map, else null.</summary>
        public string? ScalarOf(string key)
        {
            foreach (var entry in Entries)
                if (entry.Key == key && entry.Value.Kind == YamlValueKind.Scalar)
                    return entry.Value.Scalar;
            return null;
        }
    }

    /// <summary>A key and its value; <paramref name="KeyLocation"/> is where the key is written in the note (null for
    /// list items).</summary>
    internal sealed record YamlEntry(string? Key, YamlValue Value, TextLocation? KeyLocation = null);
}
