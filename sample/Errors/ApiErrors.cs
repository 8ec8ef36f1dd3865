using ErrorHandlers.Sample.Model;

namespace ErrorHandlers.Sample.Errors;

/// <summary>Under /api every HTTP error is JSON (Flask docs' "Generic Exception Handlers").</summary>
[ErrorHandlerScope("api")]
internal static class ApiErrors
{
    [ErrorHandler(typeof(HttpException))]
    internal static IResult HttpError(HttpException e, HttpResponse response) => Json(e, response);

    /// <summary>Starts from the default response's headers (Allow, Retry-After, …) and replaces the body.</summary>
    internal static IResult Json(HttpException e, HttpResponse response)
    {
        e.AddHeaders(response.Headers);
        return TypedResults.Json(new ApiError(e.StatusCode, e.Name, e.Description), SampleJsonContext.Default.ApiError, statusCode: e.StatusCode);
    }
}
