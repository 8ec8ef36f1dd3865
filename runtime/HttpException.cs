using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers;

/// <summary>
/// An error that maps to an HTTP status, Werkzeug's <c>HTTPException</c>. Throw one (or call <see cref="Abort.With"/>)
/// and the handler keyed by its class or status code answers it; with no handler, its default response is sent.
/// </summary>
/// <remarks>
/// An <see cref="HttpException"/> is also an <see cref="IResult"/>: returning one from an endpoint or a handler
/// sends its default response without consulting handlers, as returning <c>e</c> does in Flask.
/// Subclass a built-in class (<see cref="NotFoundException"/>, …) to refine it, or this class with a constant
/// status code for codes that have no built-in class (402, 507, …).
/// </remarks>
public abstract class HttpException : Exception, IResult
{
    /// <summary>Creates the error.</summary>
    /// <param name="statusCode">The status code; pass a constant so the generator can key handlers by it.</param>
    /// <param name="description">The human-readable explanation shown on the default page.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    protected HttpException(int statusCode, string? description = null, Exception? innerException = null)
        : base(message: null, innerException)
    {
        StatusCode = statusCode;
        Description = description ?? string.Empty;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public virtual int StatusCode { get; }

    /// <summary>The reason phrase of <see cref="StatusCode"/> in Werkzeug 3.1's spelling, such as <c>Not Found</c>.</summary>
    public string Name => HttpStatusNames.Get(StatusCode);

    /// <summary>The explanation shown on the default page: the class default unless one was passed.</summary>
    public string Description { get; }

    /// <summary>Werkzeug's <c>str(e)</c>: <c>404 Not Found: description</c>.</summary>
    public override string Message => $"{StatusCode} {Name}: {Description}";

    /// <summary>
    /// Sets this error's own headers on <paramref name="headers"/>: <c>Allow</c>, <c>WWW-Authenticate</c>,
    /// <c>Retry-After</c>, <c>Content-Range</c>. The default response calls it; call it from a handler that builds
    /// its own response and should keep them.
    /// </summary>
    /// <param name="headers">The headers of the response being built.</param>
    public virtual void AddHeaders(IHeaderDictionary headers)
    {
    }

    /// <summary>
    /// Writes the default response: Werkzeug's HTML page, or <c>application/problem+json</c> when the request's
    /// <c>Accept</c> header prefers JSON.
    /// </summary>
    /// <param name="httpContext">The request to answer.</param>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return DefaultErrorResponse.ExecuteAsync(httpContext, this);
    }
}
