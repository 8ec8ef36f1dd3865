using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Catches what the rest of the pipeline throws and the empty error responses it leaves behind (routing's 404 and 405,
/// an authentication challenge, a rate limiter's rejection, an endpoint's <c>TypedResults.NotFound()</c>), and hands
/// both to the <see cref="ErrorDispatcher"/>. The success path is a completed-task check and a status-code compare.
/// </summary>
/// <remarks>
/// It runs twice in an application: where <c>UseErrorHandlers</c> puts it (the <paramref name="boundary"/>, where the
/// headers of outer middleware are recorded), and outermost, through <see cref="ErrorHandlerStartupFilter"/>, for
/// what fails before the request reaches the first: route matching, short-circuited endpoints, middleware that
/// ASP.NET Core adds ahead of the application's own (authentication, authorization). A request is answered once, by
/// whichever sees its error first.
/// </remarks>
internal sealed class ErrorHandlerMiddleware(RequestDelegate next, ErrorDispatcher dispatcher, bool boundary)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (boundary)
        {
            OuterHeaders.Record(context);
        }

        var offered = StatusCodePagesSwitch.Offer(context);
        var task = InvokeNextAsync(context);
        if (offered is null)
        {
            return task;
        }

        if (task.IsCompletedSuccessfully)
        {
            offered.Withdraw(context);
            return task;
        }

        return WithdrawWhenDoneAsync(context, task, offered);
    }

    private static async Task WithdrawWhenDoneAsync(HttpContext context, Task task, StatusCodePagesSwitch offered)
    {
        try
        {
            await task;
        }
        finally
        {
            offered.Withdraw(context);
        }
    }

    private Task InvokeNextAsync(HttpContext context)
    {
        Task task;
        try
        {
            task = next(context);
        }
        catch (Exception exception)
        {
            return OnExceptionAsync(context, exception);
        }

        return task.IsCompletedSuccessfully ? OnCompletedAsync(context) : AwaitedAsync(context, task);
    }

    private async Task AwaitedAsync(HttpContext context, Task task)
    {
        ExceptionDispatchInfo? thrown = null;
        try
        {
            await task;
        }
        catch (Exception exception)
        {
            // Leave the catch block before dispatching: handlers should not run on top of the unwinding stack.
            thrown = ExceptionDispatchInfo.Capture(exception);
        }

        if (thrown is not null)
        {
            await OnExceptionAsync(context, thrown.SourceException);
        }
        else
        {
            await OnCompletedAsync(context);
        }
    }

    private Task OnCompletedAsync(HttpContext context) =>
        EmptyErrorResponse.Find(context, dispatcher.AnswersEmptyErrorResponses) is { } found && context.Features.Get<RequestError>() is null
            ? dispatcher.DispatchAsync(context, found)
            : Task.CompletedTask;

    private Task OnExceptionAsync(HttpContext context, Exception exception)
    {
        if (context.Features.Get<RequestError>()?.Rethrown == exception)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return dispatcher.DispatchAsync(context, exception);
    }
}
