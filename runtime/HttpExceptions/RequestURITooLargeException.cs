namespace ErrorHandlers;

/// <summary><c>414 Request URI Too Long</c>, Werkzeug's <c>RequestURITooLarge</c>.</summary>
public class RequestURITooLargeException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public RequestURITooLargeException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RequestURITooLargeException(string? description, Exception? innerException)
        : base(414, description ?? DefaultDescription, innerException)
    {
    }
}
