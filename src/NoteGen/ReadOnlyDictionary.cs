using System.Collections;
using System.Collections.Generic;

namespace NoteGen
{
    /// <summary>A read-only view of front-matter maps, so callers cannot cast back and mutate them.</summary>
    internal sealed class ReadOnlyDictionary : IReadOnlyDictionary<string, object?>
    {
        internal static readonly ReadOnlyDictionary Empty = new ReadOnlyDictionary(new Dictionary<string, object?>());

        private readonly Dictionary<string, object?> _map;

        public ReadOnlyDictionary(Dictionary<string, object?> map) => _map = map;

        public object? this[string key] => _map[key];
        public IEnumerable<string> Keys => _map.Keys;
        public IEnumerable<object?> Values => _map.Values;
        public int Count => _map.Count;
        public bool ContainsKey(string key) => _map.ContainsKey(key);
        public bool TryGetValue(string key, out object? value) => _map.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _map.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
