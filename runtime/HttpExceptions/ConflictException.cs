namespace ErrorHandlers;

/// <summary><c>409 Conflict</c>, Werkzeug's <c>Conflict</c>.</summary>
public class ConflictException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "A conflict happened while processing the request. The resource might have been modified while the request was being processed.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public ConflictException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ConflictException(string? description, Exception? innerException)
        : base(409, description ?? DefaultDescription, innerException)
    {
    }
}
