using System.ComponentModel;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// The error-handler scopes of a request, innermost first: the endpoint's own, then its route groups' outward.
/// Empty for routing failures, which only the application's handlers answer.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ScopeChain
{
    private readonly ErrorHandlerScopeAttribute[]? _outermostFirst;

    private ScopeChain(ErrorHandlerScopeAttribute[] outermostFirst)
    {
        _outermostFirst = outermostFirst;
    }

    /// <summary>No scopes: only the application's handlers take part.</summary>
    public static ScopeChain Empty => default;

    /// <summary>The number of scopes.</summary>
    public int Count => _outermostFirst?.Length ?? 0;

    /// <summary>The name of the scope at <paramref name="index"/>, 0 being the innermost.</summary>
    public string this[int index] => _outermostFirst![_outermostFirst.Length - 1 - index].Name;

    /// <summary>
    /// What identifies this chain for caching: the endpoint's own metadata array, the same for every request to the
    /// endpoint. Null for the empty chain.
    /// </summary>
    internal object? Identity => _outermostFirst;

    /// <summary>
    /// The scopes of <paramref name="endpoint"/>. Endpoint metadata lists outer route groups before inner ones and the
    /// endpoint's own last, so the chain reads it backwards. ASP.NET Core caches the array per endpoint: nothing is
    /// copied per request.
    /// </summary>
    public static ScopeChain For(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<ErrorHandlerScopeAttribute>() is { Count: > 0 } scopes
            ? new ScopeChain(scopes as ErrorHandlerScopeAttribute[] ?? [.. scopes])
            : Empty;

    /// <summary>The scopes in an endpoint's metadata, listed outer route groups first, as endpoints list them.</summary>
    internal static ScopeChain For(IEnumerable<object> metadata) =>
        metadata.OfType<ErrorHandlerScopeAttribute>().ToArray() is { Length: > 0 } scopes ? new ScopeChain(scopes) : Empty;

    /// <summary>
    /// A chain of the given scope names, innermost first, for code that dispatches outside an endpoint (tests,
    /// benchmarks). Create it once and reuse it: a table that caches its lookups keys them by the chain's identity.
    /// </summary>
    public static ScopeChain Of(params string[] innermostFirst)
    {
        ArgumentNullException.ThrowIfNull(innermostFirst);
        var scopes = new ErrorHandlerScopeAttribute[innermostFirst.Length];
        for (var i = 0; i < scopes.Length; i++)
        {
            scopes[scopes.Length - 1 - i] = new ErrorHandlerScopeAttribute(innermostFirst[i]);
        }

        return new ScopeChain(scopes);
    }
}
