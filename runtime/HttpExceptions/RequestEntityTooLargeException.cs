namespace ErrorHandlers;

/// <summary><c>413 Request Entity Too Large</c>, Werkzeug's <c>RequestEntityTooLarge</c>.</summary>
public class RequestEntityTooLargeException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The data value transmitted exceeds the capacity limit.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public RequestEntityTooLargeException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public RequestEntityTooLargeException(string? description, Exception? innerException)
        : base(413, description ?? DefaultDescription, innerException)
    {
    }
}
