using ErrorHandlers.Sample.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ErrorHandlers.Sample.Errors;

/// <summary>Flask docs' <c>get_one_cheese</c> blueprint: its 404 is JSON, <c>jsonify(error=str(e))</c>.</summary>
[ErrorHandlerScope("cheese")]
internal static class CheeseErrors
{
    [ErrorHandler(404)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "EH0010", Justification = "It answers the abort(404) of /cheese, its only endpoint; routing's 404s are the site's.")]
    internal static JsonHttpResult<CheeseError> NotFound(NotFoundException e) =>
        TypedResults.Json(new CheeseError(e.Message), SampleJsonContext.Default.CheeseError, statusCode: e.StatusCode);
}
