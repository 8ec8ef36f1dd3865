using ErrorHandlers.Site.Models;

namespace ErrorHandlers.Site.Errors;

/// <summary>The API's errors as JSON: MVC's NotFound(), Conflict() and model-state 400 land here.</summary>
[ErrorHandlerScope("api")]
internal static class ApiErrors
{
    [ErrorHandler(400)]
    internal static IResult BadRequest(BadRequestException e) =>
        TypedResults.Json(
            new ApiError("invalid", e is ValidationFailedException ? ValidationFailedException.DefaultDescription : e.Description, (e as ValidationFailedException)?.Errors),
            statusCode: e.StatusCode);

    [ErrorHandler(404)]
    internal static IResult NotFound(NotFoundException e) =>
        TypedResults.Json(new ApiError("not_found", "No such cheese."), statusCode: e.StatusCode);

    [ErrorHandler(409)]
    internal static IResult Conflict(ConflictException e) =>
        TypedResults.Json(new ApiError("conflict", "That cheese is in stock already."), statusCode: e.StatusCode);
}
