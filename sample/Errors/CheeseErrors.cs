using ErrorHandlers.Sample.Model;

namespace ErrorHandlers.Sample.Errors;

/// <summary>Flask docs' <c>resource_not_found</c>: <c>jsonify(error=str(e)), 404</c>.</summary>
[ErrorHandlerScope("cheese")]
internal static class CheeseErrors
{
    [ErrorHandler(404)]
    internal static IResult ResourceNotFound(NotFoundException e) =>
        TypedResults.Json(new CheeseError(e.Message), SampleJsonContext.Default.CheeseError, statusCode: e.StatusCode);
}
