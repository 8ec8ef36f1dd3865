namespace ErrorHandlers;

/// <summary><c>422 Unprocessable Entity</c>, Werkzeug's <c>UnprocessableEntity</c>.</summary>
public class UnprocessableEntityException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The request was well-formed but was unable to be followed due to semantic errors.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public UnprocessableEntityException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public UnprocessableEntityException(string? description, Exception? innerException)
        : base(422, description ?? DefaultDescription, innerException)
    {
    }
}
