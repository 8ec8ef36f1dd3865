using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>Whether the request's endpoint renders a Razor component page (a Blazor Web App's static server rendering).</summary>
internal static class ComponentEndpoint
{
    public static bool Is(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
}
