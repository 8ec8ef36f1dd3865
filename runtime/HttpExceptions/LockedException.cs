namespace ErrorHandlers;

/// <summary><c>423 Locked</c>, Werkzeug's <c>Locked</c>.</summary>
public class LockedException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "The resource that is being accessed is locked.";

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    public LockedException(string? description = null)
        : this(description, innerException: null)
    {
    }

    /// <summary>Creates the error with the exception that caused it.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public LockedException(string? description, Exception? innerException)
        : base(423, description ?? DefaultDescription, innerException)
    {
    }
}
