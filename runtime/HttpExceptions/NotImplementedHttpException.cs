namespace ErrorHandlers;

/// <summary><c>501 Not Implemented</c>, Werkzeug's <c>NotImplemented</c>.</summary>
public class NotImplementedHttpException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server does not support the action requested by the browser.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public NotImplementedHttpException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NotImplementedHttpException(string? description, Exception? innerException)
        : base(501, description ?? DefaultDescription, innerException)
    {
    }
}
