namespace ErrorHandlers;

/// <summary><c>505 HTTP Version Not Supported</c>, Werkzeug's <c>HTTPVersionNotSupported</c>.</summary>
public class HTTPVersionNotSupportedException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server does not support the HTTP protocol version used in the request.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public HTTPVersionNotSupportedException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public HTTPVersionNotSupportedException(string? description, Exception? innerException)
        : base(505, description ?? DefaultDescription, innerException)
    {
    }
}
