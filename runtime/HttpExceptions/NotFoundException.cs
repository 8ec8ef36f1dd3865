namespace ErrorHandlers;

/// <summary><c>404 Not Found</c>, Werkzeug's <c>NotFound</c>.</summary>
public class NotFoundException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public NotFoundException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NotFoundException(string? description, Exception? innerException)
        : base(404, description ?? DefaultDescription, innerException)
    {
    }
}
