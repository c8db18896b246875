namespace NoteGen.Tests.Infrastructure;

/// <summary>Writes test front matter.</summary>
internal static class YamlText
{
    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>: quotes, backslashes and every
    /// character YAML would not keep as written (controls, U+0085, U+2028/2029, BOM, surrogates) as escapes.</summary>
    public static string Quote(string value) =>
        "\"" + string.Concat(value.Select(c => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            _ when c < 0x20 || c is '\u0085' or '\u2028' or '\u2029' or '\ufeff' || char.IsSurrogate(c) => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        })) + "\"";
}
