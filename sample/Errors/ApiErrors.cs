using ErrorHandlers.Sample.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ErrorHandlers.Sample.Errors;

/// <summary>
/// Under /api every HTTP error is JSON (Flask docs' "Generic Exception Handlers"), routing's 404 and 405 included: the
/// api group claims the unmatched routes under its prefix, and these code handlers take them before the application's.
/// The typed result gives the OpenAPI document the body's schema.
/// </summary>
[ErrorHandlerScope("api")]
internal static class ApiErrors
{
    [ErrorHandler(typeof(HttpException))]
    [ErrorHandler(404)]
    [ErrorHandler(405)]
    internal static JsonHttpResult<ApiError> HttpError(HttpException e, HttpResponse response) => Json(e, response);

    /// <summary>Starts from the default response's headers (Allow, Retry-After, …) and replaces the body.</summary>
    internal static JsonHttpResult<ApiError> Json(HttpException e, HttpResponse response)
    {
        e.AddHeaders(response.Headers);
        return TypedResults.Json(new ApiError(e.StatusCode, e.Name, e.Description), SampleJsonContext.Default.ApiError, statusCode: e.StatusCode);
    }
}
