using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Mvc;

/// <summary>
/// MVC's automatic model-state 400, as the <see cref="ValidationFailedException"/> that .NET 10's minimal-API validation
/// raises too, so that one 400 handler answers both. Its problem+json default response is MVC's own: the
/// <see cref="ValidationProblemDetails"/> result of <c>InvalidModelStateResponseFactory</c>, executed with MVC's content
/// negotiation; its HTML default response is the 400 page listing the messages.
/// </summary>
internal sealed class InvalidModelStateException(ActionContext actionContext, ObjectResult mvcResponse, ValidationProblemDetails problem)
    : ValidationFailedException(problem.Errors.ToDictionary(StringComparer.Ordinal)), IProblemResponse
{
    public Task WriteProblemAsync(HttpContext httpContext) => mvcResponse.ExecuteResultAsync(actionContext);
}
