namespace ErrorHandlers;

/// <summary><c>411 Length Required</c>, Werkzeug's <c>LengthRequired</c>.</summary>
public class LengthRequiredException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "A request with this method requires a valid <code>Content-Length</code> header.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public LengthRequiredException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public LengthRequiredException(string? description, Exception? innerException)
        : base(411, description ?? DefaultDescription, innerException)
    {
    }
}
