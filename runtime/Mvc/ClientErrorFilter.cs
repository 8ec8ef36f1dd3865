using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ErrorHandlers.Mvc;

/// <summary>
/// An <c>[ApiController]</c> action's client error without a value (<c>NotFound()</c>, <c>Conflict()</c>,
/// <c>StatusCode(409)</c>: every <see cref="IClientErrorActionResult"/> from 400 up) becomes the built-in exception of
/// its code, dispatched in the action's scopes, in place of the ProblemDetails MVC's <c>ClientErrorResultFilter</c> would
/// make of it from <c>ClientErrorMapping</c>; it runs just before that filter. A result with the developer's own value
/// (<c>NotFound(new { … })</c>) is no <see cref="IClientErrorActionResult"/> and stays.
/// </summary>
/// <remarks>
/// Where MVC leaves client errors alone (<c>SuppressMapClientErrors</c>), so does ErrorHandlers: the request is marked
/// with <see cref="EmptyResponseKept"/>, and the empty response goes out as the action returned it. So do
/// <c>[SkipStatusCodePages]</c>, <c>IStatusCodePagesFeature.Enabled = false</c> and
/// <see cref="ErrorHandlerOptions.AnswerEmptyErrorResponses"/>, as for every empty error status; MVC's ProblemDetails
/// then answers.
/// </remarks>
internal sealed class ClientErrorFilter(ErrorDispatcher dispatcher, bool mappedByMvc) : IAlwaysRunResultFilter, IOrderedFilter
{
    /// <summary>Whether MVC maps the action's client errors, so that the handlers answer them in its place.</summary>
    public bool MapsClientErrors => mappedByMvc;

    /// <summary>One ahead of MVC's <c>ClientErrorResultFilter</c> (-2000), which then finds nothing left to map.</summary>
    public int Order => -2001;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IClientErrorActionResult { StatusCode: >= 400 and var statusCode })
        {
            return;
        }

        if (!mappedByMvc)
        {
            context.HttpContext.Features.Set(EmptyResponseKept.Instance);
            return;
        }

        if (dispatcher.MayAnswer(context.HttpContext) && BuiltInHttpExceptions.TryCreate(statusCode, description: null) is { } error)
        {
            context.Result = new DispatchedError(dispatcher, error);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
