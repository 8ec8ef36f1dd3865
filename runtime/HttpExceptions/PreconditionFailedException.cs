namespace ErrorHandlers;

/// <summary><c>412 Precondition Failed</c>, Werkzeug's <c>PreconditionFailed</c>.</summary>
public class PreconditionFailedException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The precondition on the request for the URL failed positive evaluation.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public PreconditionFailedException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public PreconditionFailedException(string? description, Exception? innerException)
        : base(412, description ?? DefaultDescription, innerException)
    {
    }
}
