namespace ErrorHandlers;

/// <summary><c>418 I'm a teapot</c>, Werkzeug's <c>ImATeapot</c>.</summary>
public class ImATeapotException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "This server is a teapot, not a coffee machine";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public ImATeapotException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public ImATeapotException(string? description, Exception? innerException)
        : base(418, description ?? DefaultDescription, innerException)
    {
    }
}
