namespace ErrorHandlers.Rendering;

/// <summary>
/// The <c>type</c> of a problem+json body: the RFC 9110 section that defines the status, as ASP.NET Core's own
/// problem details do, and RFC 9457's <c>about:blank</c> for codes defined elsewhere.
/// </summary>
internal static class ProblemTypes
{
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";

    public static string For(int statusCode) =>
        statusCode switch
        {
            >= 400 and <= 417 => Rfc9110 + "15.5." + (statusCode - 399),
            421 => Rfc9110 + "15.5.20",
            422 => Rfc9110 + "15.5.21",
            426 => Rfc9110 + "15.5.22",
            >= 500 and <= 505 => Rfc9110 + "15.6." + (statusCode - 499),
            _ => "about:blank",
        };
}
