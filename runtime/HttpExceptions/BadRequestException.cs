namespace ErrorHandlers;

/// <summary><c>400 Bad Request</c>, Werkzeug's <c>BadRequest</c>.</summary>
public class BadRequestException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The browser (or proxy) sent a request that this server could not understand.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public BadRequestException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public BadRequestException(string? description, Exception? innerException)
        : base(400, description ?? DefaultDescription, innerException)
    {
    }
}
