namespace ErrorHandlers;

/// <summary><c>424 Failed Dependency</c>, Werkzeug's <c>FailedDependency</c>.</summary>
public class FailedDependencyException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The method could not be performed on the resource because the requested action depended on another action and that action failed.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public FailedDependencyException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public FailedDependencyException(string? description, Exception? innerException)
        : base(424, description ?? DefaultDescription, innerException)
    {
    }
}
