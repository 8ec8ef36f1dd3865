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
    /// Flask's <c>_find_error_handler</c>: the code bucket of every scope (innermost first, the application last),
    /// then the class bucket of every scope; in each, the handler nearest to the exception's type.
    /// </summary>
    /// <param name="exception">The error to answer.</param>
    /// <param name="scopes">The request's scopes, innermost first; the application's handlers always come last.</param>
    /// <returns>The handler, or <see langword="null"/> when none is registered for the exception.</returns>
    public abstract ErrorHandlerMethod? Find(Exception exception, ScopeChain scopes);
}
