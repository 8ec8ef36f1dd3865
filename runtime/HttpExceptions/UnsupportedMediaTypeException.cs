namespace ErrorHandlers;

/// <summary><c>415 Unsupported Media Type</c>, Werkzeug's <c>UnsupportedMediaType</c>.</summary>
public class UnsupportedMediaTypeException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server does not support the media type transmitted in the request.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public UnsupportedMediaTypeException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public UnsupportedMediaTypeException(string? description, Exception? innerException)
        : base(415, description ?? DefaultDescription, innerException)
    {
    }
}
