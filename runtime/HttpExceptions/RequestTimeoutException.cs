namespace ErrorHandlers;

/// <summary><c>408 Request Timeout</c>, Werkzeug's <c>RequestTimeout</c>.</summary>
public class RequestTimeoutException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server closed the network connection because the browser didn't finish the request within the specified time.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public RequestTimeoutException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RequestTimeoutException(string? description, Exception? innerException)
        : base(408, description ?? DefaultDescription, innerException)
    {
    }
}
