namespace ErrorHandlers;

/// <summary><c>504 Gateway Timeout</c>, Werkzeug's <c>GatewayTimeout</c>.</summary>
public class GatewayTimeoutException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The connection to an upstream server timed out.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public GatewayTimeoutException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public GatewayTimeoutException(string? description, Exception? innerException)
        : base(504, description ?? DefaultDescription, innerException)
    {
    }
}
