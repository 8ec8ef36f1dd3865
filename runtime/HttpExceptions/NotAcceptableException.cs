namespace ErrorHandlers;

/// <summary><c>406 Not Acceptable</c>, Werkzeug's <c>NotAcceptable</c>.</summary>
public class NotAcceptableException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public NotAcceptableException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public NotAcceptableException(string? description, Exception? innerException)
        : base(406, description ?? DefaultDescription, innerException)
    {
    }
}
