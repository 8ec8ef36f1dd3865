namespace ErrorHandlers;

/// <summary>
/// <c>500 Internal Server Error</c>, Werkzeug's <c>InternalServerError</c>. The 500 path hands handlers a new one whose
/// <see cref="OriginalException"/> is the exception nobody handled; one thrown directly has none.
/// </summary>
public class InternalServerErrorException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="originalException">The unhandled exception this error stands for; also the <see cref="Exception.InnerException"/>.</param>
    public InternalServerErrorException(string? description = null, Exception? originalException = null)
        : base(500, description ?? DefaultDescription, originalException)
    {
        OriginalException = originalException;
    }

    /// <summary>The unhandled exception this error stands for; <see langword="null"/> when it was thrown directly.</summary>
    public Exception? OriginalException { get; }
}
