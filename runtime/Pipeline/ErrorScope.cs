using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// A fresh DI scope for a handler that answers an error of a Razor component endpoint (a Blazor Web App's page), as
/// ASP.NET Core's <c>UseExceptionHandler(path, createScopeForErrors: true)</c> and <c>createScopeForStatusCodePages</c>
/// give their error pages. The failed page initialized the request's scoped rendering services (its
/// <c>NavigationManager</c>, its component state), so a handler's <c>RazorComponentResult</c> could not render in that
/// scope again. Every other request keeps its own scope, which a handler may then share with the endpoint, and pays
/// nothing (docs/mvc.md).
/// </summary>
internal sealed class ErrorScope
{
    private readonly IServiceProvider _requestServices;
    private readonly AsyncServiceScope _scope;

    private ErrorScope(IServiceProvider requestServices, AsyncServiceScope scope)
    {
        _requestServices = requestServices;
        _scope = scope;
    }

    /// <summary>Gives the request a fresh scope when its endpoint renders components; null when it keeps its own.</summary>
    public static ErrorScope? Enter(HttpContext context)
    {
        if (!ComponentEndpoint.Is(context) || context.RequestServices?.GetService<IServiceScopeFactory>() is not { } scopes)
        {
            return null;
        }

        var entered = new ErrorScope(context.RequestServices, scopes.CreateAsyncScope());
        context.RequestServices = entered._scope.ServiceProvider;
        return entered;
    }

    /// <summary>Gives the request its own services back and disposes the fresh scope.</summary>
    public ValueTask LeaveAsync(HttpContext context)
    {
        context.RequestServices = _requestServices;
        return _scope.DisposeAsync();
    }
}
