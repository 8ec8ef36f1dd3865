namespace ErrorHandlers.Pipeline;

/// <summary>
/// Metadata of the endpoint that <c>WithErrorHandlerScope(name, claimUnmatchedRoutes: true)</c> maps into a route group:
/// it never matches a request, but its route pattern is the group's prefix and its metadata the group's scopes, so
/// the routing errors under that prefix can be answered in them (<see cref="UnmatchedRouteClaims"/>).
/// </summary>
internal sealed class UnmatchedRouteClaim
{
    public static readonly UnmatchedRouteClaim Instance = new();

    private UnmatchedRouteClaim()
    {
    }
}
