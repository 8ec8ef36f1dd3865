using ErrorHandlers.Sample.Model;

namespace ErrorHandlers.Sample.Errors;

/// <summary>The application's handlers: they answer every scope, and routing's 404 and 405 as well.</summary>
internal static class SiteErrors
{
    /// <summary>
    /// Routing 404s never reach a scope's handlers (Flask's blueprint caveat), so the application's 404 handler
    /// branches on the path: JSON under /api, Flask docs' <c>jsonify(error=str(e))</c> for /cheese, HTML elsewhere.
    /// </summary>
    [ErrorHandler(404)]
    internal static IResult PageNotFound(NotFoundException e, HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/api"))
        {
            return ApiErrors.Json(e, request.HttpContext.Response);
        }

        return request.Path.StartsWithSegments("/cheese")
            ? TypedResults.Json(new CheeseError(e.Message), SampleJsonContext.Default.CheeseError, statusCode: e.StatusCode)
            : Pages.Html(e.StatusCode, "Page not found", "<p>There is no page at this address.</p>");
    }

    /// <summary>Like 404: JSON under /api, HTML elsewhere, and the <c>Allow</c> header kept on both.</summary>
    [ErrorHandler(405)]
    internal static IResult MethodNotAllowed(MethodNotAllowedException e, HttpRequest request, HttpResponse response)
    {
        if (request.Path.StartsWithSegments("/api"))
        {
            return ApiErrors.Json(e, response);
        }

        e.AddHeaders(response.Headers);
        return Pages.Html(
            e.StatusCode,
            "Method not allowed",
            $"<p>This page answers {Pages.Encode(string.Join(", ", e.ValidMethods))} only.</p>");
    }

    [ErrorHandler(410)]
    internal static IResult Gone(GoneException e) =>
        Pages.Html(e.StatusCode, "Gone", "<p>This item was deleted and will not come back.</p>");

    /// <summary>The 500 page. It receives an InternalServerErrorException whose OriginalException is what failed.</summary>
    [ErrorHandler(500)]
    internal static IResult InternalServerError(InternalServerErrorException e) =>
        Pages.Html(e.StatusCode, "Something went wrong", "<p>We have been told and are looking into it.</p>");

    [ErrorHandler]
    internal static IResult InsufficientStorage(InsufficientStorageException e) =>
        Pages.Html(e.StatusCode, "Insufficient storage", $"<p>{Pages.Encode(e.Description)}</p>");

    [ErrorHandler]
    internal static IResult InvalidApiUsage(InvalidApiUsageException e) =>
        TypedResults.Json(e.ToDictionary(), SampleJsonContext.Default.DictionaryStringString, statusCode: e.StatusCode);
}
