using ErrorHandlers.Sample.Model;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Sample.Errors;

/// <summary>
/// The application's handlers: they answer every scope, and routing's 404 and 405 as well. <c>[Produces]</c> tells the
/// OpenAPI document what a page handler's <see cref="IResult"/> is: HTML.
/// </summary>
internal static class SiteErrors
{
    /// <summary>The site's 404 page, for routing's 404s outside /api (the api group claims its own) and every other.</summary>
    [ErrorHandler(404)]
    [Produces("text/html")]
    internal static IResult PageNotFound(NotFoundException e) =>
        Pages.Html(e.StatusCode, "Page not found", "<p>There is no page at this address.</p>");

    /// <summary>The site's 405 page, with the <c>Allow</c> header of the default response kept.</summary>
    [ErrorHandler(405)]
    [Produces("text/html")]
    internal static IResult MethodNotAllowed(MethodNotAllowedException e, HttpResponse response)
    {
        e.AddHeaders(response.Headers);
        return Pages.Html(
            e.StatusCode,
            "Method not allowed",
            $"<p>This page answers {Pages.Encode(string.Join(", ", e.ValidMethods))} only.</p>");
    }

    [ErrorHandler(410)]
    [Produces("text/html")]
    internal static IResult Gone(GoneException e) =>
        Pages.Html(e.StatusCode, "Gone", "<p>This item was deleted and will not come back.</p>");

    /// <summary>The 500 page. It receives an InternalServerErrorException whose OriginalException is what failed.</summary>
    [ErrorHandler(500)]
    [Produces("text/html")]
    internal static IResult InternalServerError(InternalServerErrorException e) =>
        Pages.Html(e.StatusCode, "Something went wrong", "<p>We have been told and are looking into it.</p>");

    [ErrorHandler]
    [Produces("text/html")]
    internal static IResult InsufficientStorage(InsufficientStorageException e) =>
        Pages.Html(e.StatusCode, "Insufficient storage", $"<p>{Pages.Encode(e.Description)}</p>");

    [ErrorHandler]
    internal static IResult InvalidApiUsage(InvalidApiUsageException e) =>
        TypedResults.Json(e.ToDictionary(), SampleJsonContext.Default.DictionaryStringString, statusCode: e.StatusCode);
}
