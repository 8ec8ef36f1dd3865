namespace ErrorHandlers;

/// <summary><c>428 Precondition Required</c>, Werkzeug's <c>PreconditionRequired</c>.</summary>
public class PreconditionRequiredException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "This request is required to be conditional; try using \"If-Match\" or \"If-Unmodified-Since\".";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public PreconditionRequiredException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public PreconditionRequiredException(string? description, Exception? innerException)
        : base(428, description ?? DefaultDescription, innerException)
    {
    }
}
