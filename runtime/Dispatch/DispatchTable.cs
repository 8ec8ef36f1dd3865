using System.ComponentModel;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// An application's error handlers, as the source generator lays them out: per scope, a switch on the status code
/// and then type tests, most derived first. Generated code derives from it; applications do not.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class DispatchTable
{
    /// <summary>
    /// Lookups memoized per exception class, status code and scope chain: the generated type tests run once per
    /// combination, after which a lookup costs the same for 5 handlers or 500 (docs/performance.md).
    /// </summary>
    private readonly DispatchCache _cache = new();

    /// <summary>
    /// Flask's <c>_find_error_handler</c>: the code bucket of every scope (innermost first, the application last),
    /// then the class bucket of every scope; in each, the handler nearest to the exception's type.
    /// </summary>
    /// <param name="exception">The error to answer.</param>
    /// <param name="scopes">The request's scopes, innermost first; the application's handlers always come last.</param>
    /// <returns>The handler, or <see langword="null"/> when none is registered for the exception.</returns>
    public ErrorHandlerMethod? Find(Exception exception, ScopeChain scopes)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var type = exception.GetType();
        var statusCode = exception is HttpException http ? http.StatusCode : 0;
        if (_cache.TryGet(type, statusCode, scopes.Identity, out var handler))
        {
            return handler;
        }

        handler = Lookup(exception, scopes);
        _cache.Add(type, statusCode, scopes.Identity, handler);
        return handler;
    }

    /// <summary>
    /// The application's handlers that answer with MVC results (<c>IActionResult</c>), which <c>UseErrorHandlers</c>
    /// checks against the registered services, so that a missing <c>AddControllersWithViews()</c> fails at start-up
    /// instead of at the first error in production.
    /// </summary>
    protected internal virtual MvcHandler[] MvcHandlers => [];

    /// <summary>Forgets the memoized answers, for hot reload (see <see cref="HotReload"/>).</summary>
    internal void ForgetAnswers() => _cache.Clear();

    /// <summary>
    /// <see cref="Find"/> without the memo, for code that asks once per endpoint (the OpenAPI document): its scope
    /// chains are not the endpoints' own, and would only crowd out the answers requests reuse.
    /// </summary>
    internal ErrorHandlerMethod? FindUncached(Exception exception, ScopeChain scopes) => Lookup(exception, scopes);

    /// <summary>The generated lookup: the same answer for the same exception class, status code and scopes.</summary>
    /// <param name="exception">The error to answer.</param>
    /// <param name="scopes">The request's scopes, innermost first.</param>
    protected abstract ErrorHandlerMethod? Lookup(Exception exception, ScopeChain scopes);
}
