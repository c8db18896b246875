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

        public static ulong Of64(string text) => Of64(text, skip: -1);

        /// <summary>The 64-bit hash of <paramref name="text"/> without the character at <paramref name="skip"/> (none
        /// when -1), with no string made: equal texts hash equally, whichever character each one dropped.</summary>
        public static ulong Of64(string text, int skip)
        {
            ulong hash = 14695981039346656037;
            for (int i = 0; i < text.Length; i++)
                if (i != skip)
                    hash = (hash ^ text[i]) * 1099511628211;
            return hash;
        }
    }
}
