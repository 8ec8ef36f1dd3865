using ErrorHandlers.Web.Tests.Blazor;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Web.Tests.Apps;

/// <summary>The application's handlers: one of each MVC result a handler may answer with.</summary>
internal static class PageErrors
{
    [ErrorHandler(404)]
    internal static ErrorViewResult NotFound(NotFoundException e, HttpRequest request) =>
        ErrorView.Render(e, "NotFound", new ErrorModel(e.Description, request.Path));

    [ErrorHandler(500)]
    internal static ErrorViewResult ServerError(InternalServerErrorException e) =>
        ErrorView.Render(e, "ServerError", e.OriginalException?.GetType().Name);

    [ErrorHandler(410)]
    internal static ErrorViewResult Gone(GoneException e) => ErrorView.RenderPartial(e, "_Gone", e.Description);

    [ErrorHandler(403)]
    internal static ViewResult Forbidden(ForbiddenException e) => new() { ViewName = "Forbidden", StatusCode = e.StatusCode };

    [ErrorHandler(409)]
    internal static IActionResult Conflict(ConflictException e) =>
        new ObjectResult(new ConflictBody { Error = "conflict", Detail = e.Description }) { StatusCode = e.StatusCode };

    [ErrorHandler(422)]
    internal static JsonResult Unprocessable(UnprocessableEntityException e) => new(new { error = "unprocessable" }) { StatusCode = e.StatusCode };

    [ErrorHandler(418)]
    internal static ContentResult Teapot(ImATeapotException e) =>
        new() { Content = "short and stout", ContentType = "text/plain; charset=utf-8", StatusCode = e.StatusCode };

    [ErrorHandler(429)]
    internal static async Task<IActionResult> TooManyRequests(TooManyRequestsException e)
    {
        await Task.Yield();
        return new StatusCodeResult(e.StatusCode);
    }
}

/// <summary>A 404 page whose view throws: the 500 path answers, with the application's 500 page.</summary>
[ErrorHandlerScope("broken")]
internal static class BrokenErrors
{
    [ErrorHandler(404)]
    internal static ErrorViewResult NotFound(NotFoundException e) => ErrorView.Render(e, "Throws");
}

/// <summary>A 404 page and a 500 page whose views throw: the default 500 page answers.</summary>
[ErrorHandlerScope("worse")]
internal static class WorseErrors
{
    [ErrorHandler(404)]
    internal static ErrorViewResult NotFound(NotFoundException e) => ErrorView.Render(e, "Throws");

    [ErrorHandler(500)]
    internal static ErrorViewResult ServerError(InternalServerErrorException e) => ErrorView.Render(e, "Throws");
}

/// <summary>Component pages, for the Blazor Web App and for minimal endpoints.</summary>
[ErrorHandlerScope("components")]
internal static class ComponentErrors
{
    [ErrorHandler(404)]
    internal static RazorComponentResult<NotFoundPage> NotFound(NotFoundException e, HttpRequest request) =>
        new(new { Path = request.Path.Value }) { StatusCode = e.StatusCode };

    [ErrorHandler(500)]
    internal static RazorComponentResult<ServerErrorPage> ServerError(InternalServerErrorException e) =>
        new(new { Original = e.OriginalException?.GetType().Name }) { StatusCode = e.StatusCode };
}
