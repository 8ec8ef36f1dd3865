namespace ErrorHandlers.Rendering;

/// <summary>
/// Checks values that become response headers when the exception is created, so that a CR/LF from user input
/// fails where it was passed instead of breaking the response (or splitting it) when it is written.
/// </summary>
internal static class HeaderValues
{
    public static IReadOnlyList<string> Checked(IEnumerable<string>? values, string parameterName)
    {
        if (values is null)
        {
            return [];
        }

        string[] copy = [.. values];
        foreach (var value in copy)
        {
            Checked(value, parameterName);
        }

        return copy;
    }

    public static string Checked(string? value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("A header value may not be null or empty.", parameterName);
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException(
                    $"The header value '{value.ReplaceLineEndings(" ")}' contains a control character (U+{(int)c:X4}).",
                    parameterName);
            }
        }

        return value;
    }
}
