using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Rendering;

/// <summary>
/// An error whose problem+json default response is written by the framework that raised it, in that framework's own
/// shape, instead of through <see cref="IProblemDetailsService"/>: MVC's model-state 400, whose
/// <c>ValidationProblemDetails</c> MVC's own problem-details writer would otherwise rebuild without its errors.
/// </summary>
internal interface IProblemResponse
{
    Task WriteProblemAsync(HttpContext httpContext);
}
