namespace ErrorHandlers.Generator.Model;

/// <summary>What a handler answers: an exception class, and the status code whose bucket it sits in.</summary>
/// <param name="ExceptionType">The key class, <c>global::</c>-qualified.</param>
/// <param name="StatusCode">The code bucket, or null for the class bucket.</param>
/// <param name="Depth">How many classes lie between the key and <c>object</c>; deeper is more specific.</param>
/// <param name="CodeFromInstance">
/// An HttpException class from another assembly whose code cannot be read from source: it stays in the code bucket,
/// tested after the arms with a code, since an instance of the class carries the class's own code.
/// </param>
internal readonly record struct HandlerKey(string ExceptionType, int? StatusCode, int Depth, bool CodeFromInstance = false)
{
    /// <summary>Whether the key sits in a code bucket rather than the class bucket.</summary>
    public bool ByCode => StatusCode is not null || CodeFromInstance;
}
