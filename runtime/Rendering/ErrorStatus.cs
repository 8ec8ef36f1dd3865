namespace ErrorHandlers.Rendering;

/// <summary>The status codes an <see cref="HttpException"/> can answer with.</summary>
internal static class ErrorStatus
{
    /// <summary>
    /// An error status (400–599), or one of the three that carry no body (204, 205, 304), which Werkzeug's exceptions
    /// may use too. Any other code would make a broken response (a redirect without <c>Location</c>, an informational
    /// status as a final answer), so the dispatcher answers it with a 500 instead.
    /// </summary>
    public static bool IsAnswerable(int statusCode) => statusCode is >= 400 and <= 599 || !AllowsBody(statusCode);

    /// <summary>RFC 9110: 204 and 205 have no content, and 304 repeats the headers of a response the client holds.</summary>
    public static bool AllowsBody(int statusCode) => statusCode is not (204 or 205 or 304);
}
