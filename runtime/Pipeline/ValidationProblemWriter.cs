using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Takes the response of .NET 10's minimal-API validation before it is written. Its endpoint filter hands an
/// <see cref="HttpValidationProblemDetails"/> to <see cref="IProblemDetailsService"/>; this writer, registered first,
/// dispatches a <see cref="ValidationFailedException"/> in its place, in the endpoint's scopes, so the application's
/// 400 handler answers. It claims only the filter's problem, which arrives without a status or type (the results an
/// endpoint returns, <c>TypedResults.ValidationProblem</c> among them, have both), and nothing while ErrorHandlers
/// itself is answering.
/// </summary>
internal sealed class ValidationProblemWriter(ErrorDispatcher dispatcher) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        context.ProblemDetails is HttpValidationProblemDetails { Status: null, Type: null }
        && context.HttpContext.Features.Get<RequestError>() is null
        && dispatcher.MayAnswer(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var errors = ((HttpValidationProblemDetails)context.ProblemDetails).Errors;
        return new(dispatcher.DispatchAsync(context.HttpContext, new ValidationFailedException(errors.ToDictionary(StringComparer.Ordinal))));
    }
}
