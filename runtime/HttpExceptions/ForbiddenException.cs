namespace ErrorHandlers;

/// <summary><c>403 Forbidden</c>, Werkzeug's <c>Forbidden</c>.</summary>
public class ForbiddenException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public ForbiddenException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ForbiddenException(string? description, Exception? innerException)
        : base(403, description ?? DefaultDescription, innerException)
    {
    }
}
