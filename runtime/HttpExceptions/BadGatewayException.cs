namespace ErrorHandlers;

/// <summary><c>502 Bad Gateway</c>, Werkzeug's <c>BadGateway</c>.</summary>
public class BadGatewayException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The proxy server received an invalid response from an upstream server.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public BadGatewayException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public BadGatewayException(string? description, Exception? innerException)
        : base(502, description ?? DefaultDescription, innerException)
    {
    }
}
