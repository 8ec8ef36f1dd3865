using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using ErrorHandlers.Dispatch;
using Microsoft.AspNetCore.Connections;
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

    /// <summary>The event <c>UseExceptionHandler</c> writes for an error it answered; APM agents subscribe to it.</summary>
    private const string HandledExceptionEvent = "Microsoft.AspNetCore.Diagnostics.HandledException";

    private readonly bool _propagateExceptions;
    private readonly ILogger _logger;
    private readonly ErrorHandlerMetrics _metrics;
    private readonly IExceptionHandler[] _exceptionHandlers;
    private readonly DiagnosticListener? _diagnosticListener;

    public ErrorDispatcher(
        DispatchTable table,
        IOptions<ErrorHandlerOptions> options,
        IHostEnvironment environment,
        ILoggerFactory loggerFactory,
        ErrorHandlerMetrics metrics,
        IEnumerable<IExceptionHandler> exceptionHandlers,
        DiagnosticListener? diagnosticListener = null)
    {
        Table = table;
        _propagateExceptions = options.Value.PropagateExceptions ?? environment.IsDevelopment();
        _logger = loggerFactory.CreateLogger(ErrorHandlerLog.Category);
        _metrics = metrics;
        _exceptionHandlers = [.. exceptionHandlers];
        _diagnosticListener = diagnosticListener;
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

            Handled(context, exception, handler.Name);
            return;
        }

        if (exception is HttpException httpException)
        {
            await DefaultResponseAsync(context, httpException, exception);
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
                    Handled(context, exception, exceptionHandler.GetType().FullName!);
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
        ExceptionTelemetry.Record(context, exception);
        var serverError = new InternalServerErrorException(originalException: exception);
        if (Table.Find(serverError, scopes) is { } handler)
        {
            if (await RunAsync(handler, serverError, context) is not { } failure)
            {
                Handled(context, exception, handler.Name);
                return;
            }

            ErrorHandlerLog.ServerErrorHandlerFailed(_logger, failure, handler.Name);
            ExceptionTelemetry.Record(context, failure);
            if (IsResponseStarted(context, failure))
            {
                return;
            }
        }

        await DefaultResponseAsync(context, serverError, exception);
    }

    /// <summary>
    /// Werkzeug's page or problem+json for <paramref name="response"/>, counted for <paramref name="error"/>. A client
    /// that leaves while it is written is an abort like any other.
    /// </summary>
    private async Task DefaultResponseAsync(HttpContext context, HttpException response, Exception error)
    {
        ResponseReset.Reset(context.Response);
        try
        {
            await response.ExecuteAsync(context);
        }
        catch (Exception failure)
        {
            if (!IsClientAbort(context, failure) && !IsResponseStarted(context, failure))
            {
                throw;
            }

            return;
        }

        Handled(context, error, DefaultResponseHandler);
    }

    private void Handled(HttpContext context, Exception exception, string handler)
    {
        _metrics.Handled(exception, handler);
        if (_diagnosticListener is { } listener && listener.IsEnabled(HandledExceptionEvent))
        {
            WriteDiagnosticEvent(listener, HandledExceptionEvent, new { httpContext = context, exception });
        }
    }

    /// <summary>The payload's two properties are read by name, as from <c>UseExceptionHandler</c>'s event; the generic keeps them.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "The payload type's public properties are kept by DynamicallyAccessedMembers on TValue.")]
    private static void WriteDiagnosticEvent<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TValue>(
        DiagnosticSource source, string name, TValue value) => source.Write(name, value);

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

    /// <summary>
    /// The client is gone: a cancellation or I/O error once <c>RequestAborted</c> fired, or Kestrel's reset exception,
    /// which a body read can throw before the token fires.
    /// </summary>
    private bool IsClientAbort(HttpContext context, Exception exception)
    {
        var aborted = exception is ConnectionResetException
            || (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested);
        if (!aborted)
        {
            return false;
        }

        ErrorHandlerLog.RequestAborted(_logger, exception);
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
        }

        _metrics.Aborted(exception);

        // After a reset the server may not know yet: without this, Kestrel would try to drain the request body of a
        // connection that is gone, and log that as an error of its own.
        context.Abort();
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
