using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ErrorHandlers;

/// <summary>Puts endpoints into error-handler scopes, Flask's blueprints, and declares the errors they answer with.</summary>
public static class ErrorHandlerEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Errors thrown by these endpoints consult the handlers of <paramref name="name"/> before the application's.
    /// On a route group it applies to every endpoint inside; nested groups give nested scopes, innermost first.
    /// </summary>
    /// <param name="builder">An endpoint or a route group.</param>
    /// <param name="name">A scope declared with <see cref="ErrorHandlerScopeAttribute"/>.</param>
    /// <exception cref="ArgumentException">The name is empty or contains a dot.</exception>
    public static TBuilder WithErrorHandlerScope<TBuilder>(this TBuilder builder, string name)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var scope = new ErrorHandlerScopeAttribute(name);
        builder.Add(endpoint => endpoint.Metadata.Add(scope));
        return builder;
    }

    /// <summary>
    /// As <see cref="WithErrorHandlerScope{TBuilder}(TBuilder, string)"/>, and, with <paramref name="claimUnmatchedRoutes"/>,
    /// the scope also answers the routing errors under the group's prefix, which Flask's blueprints never see: a URL
    /// below the prefix that matches no endpoint (404), and a method that no endpoint at its URL accepts (405, its
    /// <c>Allow</c> kept). The prefix itself and URLs outside it are answered by the application, as without it. With
    /// nested groups that claim, the innermost claiming group answers, in its scopes and then those around it.
    /// </summary>
    /// <param name="group">A route group; its prefix says which URLs the scope claims.</param>
    /// <param name="name">A scope declared with <see cref="ErrorHandlerScopeAttribute"/>.</param>
    /// <param name="claimUnmatchedRoutes">Whether the scope answers the routing errors under the group's prefix.</param>
    /// <exception cref="ArgumentException">The name is empty or contains a dot.</exception>
    public static RouteGroupBuilder WithErrorHandlerScope(this RouteGroupBuilder group, string name, bool claimUnmatchedRoutes)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.WithErrorHandlerScope<RouteGroupBuilder>(name);
        if (claimUnmatchedRoutes)
        {
            // Never matched, never linked to, never documented: only its pattern (the prefix) and scopes are read.
            group.Map(string.Empty, static context => Task.CompletedTask)
                .WithDisplayName($"ErrorHandlers: unmatched routes under this group, claimed by the scope '{name}'")
                .WithMetadata(
                    UnmatchedRouteClaim.Instance,
                    new SuppressMatchingMetadata(),
                    new SuppressLinkGenerationMetadata(),
                    new ExcludeFromDescriptionAttribute());
        }

        return group;
    }

    /// <summary>
    /// Declares the error status codes these endpoints may answer with, for their OpenAPI document: each code is listed
    /// with the response of the handler that answers it in the endpoint's scopes, or the default response when none
    /// does. On a route group it applies to every endpoint inside. Codes that ASP.NET Core raises on its own (400 for a
    /// body, 401 and 403 for authorization, rate limiting's code) are listed without it (docs/openapi.md).
    /// </summary>
    /// <param name="builder">An endpoint or a route group.</param>
    /// <param name="statusCodes">Codes with a built-in <see cref="HttpException"/> class, such as 404 or 409.</param>
    /// <exception cref="ArgumentOutOfRangeException">A code has no built-in class, so no handler could answer it.</exception>
    public static TBuilder ProducesError<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var declared = new ProducesErrorAttribute(statusCodes);
        builder.Add(endpoint => endpoint.Metadata.Add(declared));
        return builder;
    }
}
