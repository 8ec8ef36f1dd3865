namespace ErrorHandlers.Benchmarks.Dispatch;

/// <summary>
/// ASP.NET Core's <c>IExceptionHandler</c> model: handlers in registration order, each testing the exception's type
/// (and here its scope), the first that matches wins. No precedence rules beyond the order.
/// </summary>
internal sealed class FirstMatchList
{
    private readonly (Type Type, string? Scope, object Handler)[] _handlers;

    public FirstMatchList(SyntheticApp app) =>
        _handlers = [.. app.Registrations.Select(r => (app.KeyType(r), r.Scope, (object)r))];

    public object? Find(Exception exception, string[] scopesInnermostFirst)
    {
        foreach (var (type, scope, handler) in _handlers)
        {
            if (type.IsInstanceOfType(exception) && (scope is null || Array.IndexOf(scopesInnermostFirst, scope) >= 0))
            {
                return handler;
            }
        }

        return null;
    }
}
