using Microsoft.AspNetCore.Builder;

namespace ErrorHandlers;

/// <summary>Puts endpoints into error-handler scopes, Flask's blueprints.</summary>
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
}
