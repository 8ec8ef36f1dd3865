namespace ErrorHandlers;

/// <summary>
/// The one rule for error-handler scope names, shared as source by the runtime (which throws), the generator (which
/// leaves a handler out) and the analyzers (which report EH0012): non-empty, and no dot, since nesting comes from route
/// groups, not from dotted names.
/// </summary>
internal static class ScopeNames
{
    /// <summary>What is wrong with <paramref name="name"/>, to end the sentence "The scope name '…' …"; null when it is valid.</summary>
    public static string? Problem(string? name) =>
        name is null ? "may not be null"
        : name.Length == 0 ? "may not be empty"
        : name.IndexOf('.') >= 0 ? "may not contain a dot; nest scopes with route groups instead"
        : null;
}
