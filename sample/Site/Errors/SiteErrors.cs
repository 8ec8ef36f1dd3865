using ErrorHandlers.Site.Models;

namespace ErrorHandlers.Site.Errors;

/// <summary>The site's error pages: Razor views in its layout, as Flask's docs render <c>404.html</c>.</summary>
internal static class SiteErrors
{
    [ErrorHandler(404)]
    internal static ErrorViewResult PageNotFound(NotFoundException e, HttpRequest request) =>
        ErrorView.Render(e, "NotFound", new ErrorPage(e, request.Path));

    [ErrorHandler(403)]
    internal static ErrorViewResult Forbidden(ForbiddenException e, HttpRequest request) =>
        ErrorView.Render(e, "Forbidden", new ErrorPage(e, request.Path));

    [ErrorHandler(410)]
    internal static ErrorViewResult Gone(GoneException e, HttpRequest request) =>
        ErrorView.Render(e, "Gone", new ErrorPage(e, request.Path));

    [ErrorHandler(500)]
    internal static ErrorViewResult InternalServerError(InternalServerErrorException e, HttpRequest request) =>
        ErrorView.Render(e, "ServerError", new ErrorPage(e, request.Path));
}
