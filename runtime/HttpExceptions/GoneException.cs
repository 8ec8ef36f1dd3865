namespace ErrorHandlers;

/// <summary><c>410 Gone</c>, Werkzeug's <c>Gone</c>.</summary>
public class GoneException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public GoneException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public GoneException(string? description, Exception? innerException)
        : base(410, description ?? DefaultDescription, innerException)
    {
    }
}
