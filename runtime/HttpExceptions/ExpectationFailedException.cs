namespace ErrorHandlers;

/// <summary><c>417 Expectation Failed</c>, Werkzeug's <c>ExpectationFailed</c>.</summary>
public class ExpectationFailedException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server could not meet the requirements of the Expect header";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public ExpectationFailedException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ExpectationFailedException(string? description, Exception? innerException)
        : base(417, description ?? DefaultDescription, innerException)
    {
    }
}
