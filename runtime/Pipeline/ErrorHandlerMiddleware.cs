using System.Runtime.ExceptionServices;
using ErrorHandlers.Dispatch;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Catches what the rest of the pipeline throws and the routing failures it leaves behind, and hands both to the
/// <see cref="ErrorDispatcher"/>. The success path is a completed-task check and a status-code compare.
/// </summary>
internal sealed class ErrorHandlerMiddleware(RequestDelegate next, ErrorDispatcher dispatcher)
{
    public Task InvokeAsync(HttpContext context)
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

        if (!task.IsCompletedSuccessfully)
        {
            return AwaitedAsync(context, task);
        }

        return RoutingErrors.Find(context) is { } routingError
            ? dispatcher.DispatchAsync(context, routingError, ScopeChain.Empty)
            : Task.CompletedTask;
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
        else if (RoutingErrors.Find(context) is { } routingError)
        {
            await dispatcher.DispatchAsync(context, routingError, ScopeChain.Empty);
        }
    }

    private Task OnExceptionAsync(HttpContext context, Exception exception)
    {
        if (context.Features.Get<PropagatedException>()?.Exception == exception)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        return dispatcher.DispatchAsync(context, exception, ScopeChain.For(context.GetEndpoint()));
    }
}
