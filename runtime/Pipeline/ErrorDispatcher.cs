using System.Runtime.ExceptionServices;
using ErrorHandlers.Dispatch;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Flask's <c>handle_user_exception</c> and <c>handle_exception</c> over the generated table: one place that
/// answers an error, whether the endpoint threw it, routing failed, or <see cref="Abort.Result(int, string?)"/> returned it.
/// </summary>
internal sealed class ErrorDispatcher
{
    /// <summary>The handler the metric names when an error got its default response.</summary>
    private static readonly string DefaultResponseHandler = typeof(HttpException).FullName!;

    private readonly bool _propagateExceptions;
    private readonly ILogger _logger;
    private readonly ErrorHandlerMetrics _metrics;
    private readonly IExceptionHandler[] _exceptionHandlers;

    public ErrorDispatcher(
        DispatchTable table,
        IOptions<ErrorHandlerOptions> options,
        IHostEnvironment environment,
        ILoggerFactory loggerFactory,
        ErrorHandlerMetrics metrics,
        IEnumerable<IExceptionHandler> exceptionHandlers)
    {
        Table = table;
        _propagateExceptions = options.Value.PropagateExceptions ?? environment.IsDevelopment();
        _logger = loggerFactory.CreateLogger(ErrorHandlerLog.Category);
        _metrics = metrics;
        _exceptionHandlers = [.. exceptionHandlers];
    }

    public DispatchTable Table { get; }

    public async Task DispatchAsync(HttpContext context, Exception exception, ScopeChain scopes)
    {
        SetExceptionHandlerFeature(context, exception);
        if (IsClientAbort(context, exception) || IsResponseStarted(context, exception))
        {
            return;
        }

        if (exception is BadHttpRequestException badRequest)
        {
            exception = BuiltInHttpExceptions.TryCreate(badRequest.StatusCode, description: null, badRequest)
                ?? new BadRequestException(description: null, badRequest);
        }

        if (Table.Find(exception, scopes) is { } handler)
        {
            if (await RunAsync(handler, exception, context) is { } failure)
            {
                await ServerErrorAsync(context, failure, scopes);
                return;
            }

            _metrics.Handled(exception, handler.Name);
            return;
        }

        if (exception is HttpException httpException)
        {
            ResponseReset.Reset(context.Response);
            await httpException.ExecuteAsync(context);
            _metrics.Handled(exception, DefaultResponseHandler);
            return;
        }

        if (!await TryExceptionHandlersAsync(context, exception, scopes))
        {
            await ServerErrorAsync(context, exception, scopes);
        }
    }

    /// <summary>
    /// ASP.NET Core's <see cref="IExceptionHandler"/>s, in registration order, get a non-HTTP exception that no
    /// <see cref="ErrorHandlerAttribute"/> method takes, before the 500 path. One that throws is a handler failure.
    /// </summary>
    private async Task<bool> TryExceptionHandlersAsync(HttpContext context, Exception exception, ScopeChain scopes)
    {
        foreach (var exceptionHandler in _exceptionHandlers)
        {
            ResponseReset.Reset(context.Response);
            Exception? failure = null;
            try
            {
                if (await exceptionHandler.TryHandleAsync(context, exception, context.RequestAborted))
                {
                    _metrics.Handled(exception, exceptionHandler.GetType().FullName!);
                    return true;
                }
            }
            catch (Exception thrown)
            {
                failure = thrown;
            }

            if (failure is not null)
            {
                await ServerErrorAsync(context, failure, scopes);
                return true;
            }
        }

        return false;
    }

    /// <summary>Flask's <c>handle_exception</c>: propagate, or log once and answer a new 500 that carries the error.</summary>
    private async Task ServerErrorAsync(HttpContext context, Exception exception, ScopeChain scopes)
    {
        if (IsClientAbort(context, exception) || IsResponseStarted(context, exception))
        {
            return;
        }

        if (_propagateExceptions)
        {
            _metrics.Unhandled(exception);
            context.Features.Set(new PropagatedException(exception));
            ExceptionDispatchInfo.Throw(exception);
        }

        ErrorHandlerLog.UnhandledException(_logger, exception, context.Request.Path, context.Request.Method);
        var serverError = new InternalServerErrorException(originalException: exception);
        if (Table.Find(serverError, scopes) is { } handler)
        {
            if (await RunAsync(handler, serverError, context) is not { } failure)
            {
                _metrics.Handled(exception, handler.Name);
                return;
            }

            ErrorHandlerLog.ServerErrorHandlerFailed(_logger, failure, handler.Name);
            if (IsResponseStarted(context, failure))
            {
                return;
            }
        }

        ResponseReset.Reset(context.Response);
        await serverError.ExecuteAsync(context);
        _metrics.Handled(exception, DefaultResponseHandler);
    }

    /// <summary>Runs a handler and its result; returns what it threw, so the caller can send it down the 500 path.</summary>
    private static async Task<Exception?> RunAsync(ErrorHandlerMethod handler, Exception exception, HttpContext context)
    {
        ResponseReset.Reset(context.Response);
        try
        {
            var result = await handler.InvokeAsync(exception, context)
                ?? throw new InvalidOperationException(
                    $"The error handler {handler.Name} returned null; a handler must return a response.");
            await result.ExecuteAsync(context);
            return null;
        }
        catch (Exception failure)
        {
            return failure;
        }
    }

    private bool IsClientAbort(HttpContext context, Exception exception)
    {
        if (exception is not (OperationCanceledException or IOException) || !context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }

        ErrorHandlerLog.RequestAborted(_logger, exception);
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
        }

        _metrics.Aborted(exception);
        return true;
    }

    private bool IsResponseStarted(HttpContext context, Exception exception)
    {
        if (!context.Response.HasStarted)
        {
            return false;
        }

        ErrorHandlerLog.ResponseStarted(_logger, exception);
        _metrics.Skipped(exception);
        context.Abort();
        return true;
    }

    private static void SetExceptionHandlerFeature(HttpContext context, Exception exception)
    {
        var feature = new ExceptionHandlerFeature
        {
            Error = exception,
            Path = context.Request.Path,
            Endpoint = context.GetEndpoint(),
            RouteValues = context.Request.RouteValues,
        };
        context.Features.Set<IExceptionHandlerFeature>(feature);
        context.Features.Set<IExceptionHandlerPathFeature>(feature);
    }
}
