namespace ErrorHandlers;

/// <summary><c>421 Misdirected Request</c>, Werkzeug's <c>MisdirectedRequest</c>.</summary>
public class MisdirectedRequestException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The server is not able to produce a response.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public MisdirectedRequestException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public MisdirectedRequestException(string? description, Exception? innerException)
        : base(421, description ?? DefaultDescription, innerException)
    {
    }
}
