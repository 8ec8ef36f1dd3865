namespace ErrorHandlers;

/// <summary><c>451 Unavailable For Legal Reasons</c>, Werkzeug's <c>UnavailableForLegalReasons</c>.</summary>
public class UnavailableForLegalReasonsException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "Unavailable for legal reasons.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public UnavailableForLegalReasonsException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public UnavailableForLegalReasonsException(string? description, Exception? innerException)
        : base(451, description ?? DefaultDescription, innerException)
    {
    }
}
