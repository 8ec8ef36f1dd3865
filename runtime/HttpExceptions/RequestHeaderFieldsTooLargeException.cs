namespace ErrorHandlers;

/// <summary><c>431 Request Header Fields Too Large</c>, Werkzeug's <c>RequestHeaderFieldsTooLarge</c>.</summary>
public class RequestHeaderFieldsTooLargeException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "One or more header fields exceeds the maximum size.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public RequestHeaderFieldsTooLargeException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RequestHeaderFieldsTooLargeException(string? description, Exception? innerException)
        : base(431, description ?? DefaultDescription, innerException)
    {
    }
}
