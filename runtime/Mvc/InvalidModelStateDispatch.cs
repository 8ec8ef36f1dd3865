using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ErrorHandlers.Mvc;

/// <summary>
/// The automatic model-state 400 of <c>[ApiController]</c> actions (MVC's <c>ModelStateInvalidFilter</c>: a malformed
/// JSON body, a missing required member, a validation attribute) reaches the 400 handler as a
/// <see cref="ValidationFailedException"/>, as .NET 10's minimal-API validation does, with the errors by field that MVC
/// computed (<see cref="InvalidModelStateException"/>). It wraps <see cref="ApiBehaviorOptions.InvalidModelStateResponseFactory"/>
/// after every other configuration: a response of MVC's shape (400 with <see cref="ValidationProblemDetails"/>) is
/// dispatched; anything else a custom factory returns is the developer's answer and stays. <c>SuppressModelStateInvalidFilter</c> never calls the factory.
/// </summary>
internal sealed class InvalidModelStateDispatch(ErrorDispatcher dispatcher) : IPostConfigureOptions<ApiBehaviorOptions>
{
    public void PostConfigure(string? name, ApiBehaviorOptions options)
    {
        if (options.InvalidModelStateResponseFactory is not { } respond)
        {
            return;
        }

        options.InvalidModelStateResponseFactory = context =>
        {
            var response = respond(context);
            return response is ObjectResult { Value: ValidationProblemDetails { Status: null or StatusCodes.Status400BadRequest } problem } result
                && result.StatusCode is null or StatusCodes.Status400BadRequest
                && dispatcher.MayAnswer(context.HttpContext)
                ? new DispatchedError(dispatcher, new InvalidModelStateException(context, result, problem))
                : response;
        };
    }
}
