using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace ErrorHandlers.Mvc;

/// <summary>
/// A handler's MVC result, executed by MVC's own executors with an <see cref="ActionContext"/> of the failed request:
/// when a controller action failed, its <see cref="ActionDescriptor"/> and route values, so that a view is looked up in
/// that controller's folder first and then in <c>Views/Shared</c>; otherwise (a routing 404, a minimal endpoint,
/// middleware) the request's route data and an empty descriptor, so only the shared locations apply.
/// </summary>
internal sealed class ActionResultResponse(IActionResult result) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var action = httpContext.GetEndpoint()?.Metadata.GetMetadata<ActionDescriptor>() ?? new ActionDescriptor();
        return result.ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), action));
    }
}
