namespace NoteGen.Generator.Model
{
    /// <summary>FNV-1a over UTF-16 code units: stable across processes and platforms, unlike
    /// <see cref="string.GetHashCode()"/>, so generated names and file assignments do not change between builds.</summary>
    internal static class StableHash
    {
        public static uint Of32(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
                hash = (hash ^ c) * 16777619;
            return hash;
        }

        public static ulong Of64(string text)
        {
            ulong hash = 14695981039346656037;
            foreach (char c in text)
                hash = (hash ^ c) * 1099511628211;
            return hash;
        }
    }
}
