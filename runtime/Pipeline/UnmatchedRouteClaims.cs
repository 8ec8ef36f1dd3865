using ErrorHandlers.Dispatch;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The route groups whose scopes claim the unmatched URLs under their prefix, read from the application's endpoints
/// once and again when they change. For a routing error, the claim with the longest prefix that the path lies strictly
/// under gives the scopes: its group's, innermost first, as if an endpoint of the group had raised the error.
/// </summary>
internal sealed class UnmatchedRouteClaims
{
    private readonly object _reading = new();
    private EndpointDataSource? _endpoints;
    private Claim[]? _claims;

    public ScopeChain ScopesFor(HttpContext context)
    {
        var claims = Read(context.RequestServices);
        if (claims.Length == 0)
        {
            return ScopeChain.Empty;
        }

        var path = context.Request.Path.Value ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var claim in claims)
        {
            if (claim.Claims(segments))
            {
                return ScopeChain.For(claim.Endpoint);
            }
        }

        return ScopeChain.Empty;
    }

    /// <summary>The claims, longest prefix first; read again after the endpoints change (hot reload, dynamic sources).</summary>
    private Claim[] Read(IServiceProvider services)
    {
        if (Volatile.Read(ref _claims) is { } claims)
        {
            return claims;
        }

        lock (_reading)
        {
            if (_claims is not null)
            {
                return _claims;
            }

            _endpoints ??= services.GetService<EndpointDataSource>();
            if (_endpoints is null)
            {
                return _claims = [];
            }

            _endpoints.GetChangeToken().RegisterChangeCallback(static state => Volatile.Write(ref ((UnmatchedRouteClaims)state!)._claims, null), this);
            _claims =
            [
                .. _endpoints.Endpoints
                    .OfType<RouteEndpoint>()
                    .Where(endpoint => endpoint.Metadata.GetMetadata<UnmatchedRouteClaim>() is not null)
                    .Select(endpoint => new Claim(endpoint))
                    .OrderByDescending(claim => claim.Length),
            ];
            return _claims;
        }
    }

    private sealed class Claim(RouteEndpoint endpoint)
    {
        private readonly IReadOnlyList<RoutePatternPathSegment> _prefix = endpoint.RoutePattern.PathSegments;

        public RouteEndpoint Endpoint { get; } = endpoint;

        public int Length => _prefix.Count;

        /// <summary>
        /// Whether the path lies strictly under the prefix: more segments, and each of the prefix's matched, a literal
        /// segment by its text (case-insensitive, as routing compares) and one with parameters by any text.
        /// </summary>
        public bool Claims(string[] segments)
        {
            if (segments.Length <= _prefix.Count)
            {
                return false;
            }

            for (var i = 0; i < _prefix.Count; i++)
            {
                var parts = _prefix[i].Parts;
                if (parts.All(part => part is RoutePatternLiteralPart)
                    && !string.Equals(string.Concat(parts.Cast<RoutePatternLiteralPart>().Select(part => part.Content)), segments[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
