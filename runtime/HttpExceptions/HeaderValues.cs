using Microsoft.Extensions.Primitives;

namespace ErrorHandlers;

/// <summary>
/// Checks values that become response headers when the exception is created, so that a CR/LF from user input
/// fails where it was passed instead of breaking the response (or splitting it) when it is written. Non-ASCII is
/// refused too: Kestrel rejects it when the header is set, which would turn the error response itself into a failure.
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

        if (FirstInvalid(value) is { } c)
        {
            throw new ArgumentException(
                $"The header value '{value.ReplaceLineEndings(" ")}' contains U+{(int)c:X4}; header values are visible ASCII and spaces.",
                parameterName);
        }

        return value;
    }

    /// <summary>
    /// The values a component already put on a response that <see cref="Checked(string?, string)"/> accepts; the rest
    /// are dropped. Null when there are none, so that the exception makes no copy.
    /// </summary>
    public static IEnumerable<string>? Valid(StringValues values) =>
        values.Count == 0 ? null : values.Where(value => !string.IsNullOrEmpty(value) && FirstInvalid(value) is null).Select(value => value!);

    private static char? FirstInvalid(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                return c;
            }
        }

        return null;
    }
}
