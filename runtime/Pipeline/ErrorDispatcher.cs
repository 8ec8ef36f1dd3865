using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using ErrorHandlers.Dispatch;
using ErrorHandlers.Rendering;
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
        AnswersEmptyErrorResponses = options.Value.AnswerEmptyErrorResponses;
        _logger = loggerFactory.CreateLogger(ErrorHandlerLog.Category);
        _metrics = metrics;
        _exceptionHandlers = [.. exceptionHandlers];
        _diagnosticListener = diagnosticListener;
    }

    public DispatchTable Table { get; }

    /// <summary>The route groups whose scopes answer routing errors under their prefix.</summary>
    public UnmatchedRouteClaims UnmatchedRoutes { get; } = new();

    /// <summary><see cref="ErrorHandlerOptions.AnswerEmptyErrorResponses"/>.</summary>
    public bool AnswersEmptyErrorResponses { get; }

    /// <summary>Set by <c>UseErrorHandlers</c>; switches on the outermost middleware of <see cref="ErrorHandlerStartupFilter"/>.</summary>
    public bool IsInPipeline { get; set; }

    /// <summary>
    /// Whether an error a framework component is about to answer itself (MVC's client errors and model-state 400,
    /// validation's problem) is ErrorHandlers' to answer on this request: <c>UseErrorHandlers</c> is in the pipeline,
    /// and <see cref="EmptyErrorResponse.MayAnswer"/> says so.
    /// </summary>
    public bool MayAnswer(HttpContext context) => IsInPipeline && EmptyErrorResponse.MayAnswer(context, AnswersEmptyErrorResponses);

    /// <summary>Answers <paramref name="exception"/> in the scopes of the request's endpoint.</summary>
    /// <param name="context">The request.</param>
    /// <param name="exception">The error to answer.</param>
    /// <exception cref="InvalidOperationException">Called while an error of the same request is being answered.</exception>
    public Task DispatchAsync(HttpContext context, Exception exception) =>
        DispatchAsync(context, exception, ScopeChain.For(context.GetEndpoint()), fromResponse: false);

    /// <summary>
    /// Answers an error read off the response: its headers were the response's, and a handler's response keeps them.
    /// Routing's errors are answered in the scopes of a group that claims the URL, the others in the endpoint's.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="found">The error and where it came from.</param>
    public Task DispatchAsync(HttpContext context, EmptyErrorResponse.Found found) =>
        DispatchAsync(
            context,
            found.Error,
            found.IsRoutingError ? UnmatchedRoutes.ScopesFor(context) : ScopeChain.For(context.GetEndpoint()),
            fromResponse: true);

    /// <summary>Answers <paramref name="exception"/>, once: a second dispatch from inside this one is a handler failure.</summary>
    private async Task DispatchAsync(HttpContext context, Exception exception, ScopeChain scopes, bool fromResponse)
    {
        if (context.Features.Get<RequestError>() is { Answering: true } answering)
        {
            throw RaisedWhileAnswering(answering, exception);
        }

        var error = new RequestError(context, exception) { Answering = true };
        context.Features.Set(error);
        try
        {
            await AnswerAsync(context, error, exception, scopes, fromResponse);
        }
        finally
        {
            error.Answering = false;
            error.RunningHandler = null;
        }
    }

    private async Task AnswerAsync(HttpContext context, RequestError error, Exception exception, ScopeChain scopes, bool fromResponse)
    {
        ShowToHandlers(context, error, exception);
        if (WhyNoAnswer(context, exception) is { } reason)
        {
            GiveUp(context, exception, reason);
            return;
        }

        if (exception is BadHttpRequestException badRequest)
        {
            exception = BuiltInHttpExceptions.TryCreate(badRequest.StatusCode, description: null, badRequest)
                ?? new BadRequestException(description: null, badRequest);
        }

        if (exception is HttpException { StatusCode: var statusCode } unanswerable && !ErrorStatus.IsAnswerable(statusCode))
        {
            await ServerErrorAsync(context, error, DefaultErrorResponse.UnanswerableStatus(unanswerable), scopes);
            return;
        }

        if (Table.Find(exception, scopes) is { } handler)
        {
            if (await RunAsync(context, error, handler, exception, fromResponse ? exception as HttpException : null) is { } failure)
            {
                await ServerErrorAsync(context, error, failure, scopes);
                return;
            }

            Handled(context, exception, handler.Name);
            return;
        }

        if (exception is HttpException httpException)
        {
            await DefaultResponseAsync(context, error, httpException, exception);
            return;
        }

        if (!await TryExceptionHandlersAsync(context, error, exception, scopes))
        {
            await ServerErrorAsync(context, error, exception, scopes);
        }
    }

    /// <summary>
    /// The failure of a handler that executed <see cref="Abort.Result(int, string?)"/> (or of anything else that
    /// dispatched while an error was being answered): the 500 path takes it, as Flask answers an <c>abort</c> inside a
    /// handler, so no handler graph can recurse or cycle.
    /// </summary>
    private static InvalidOperationException RaisedWhileAnswering(RequestError answering, Exception raised) =>
        new($"Abort.Result({Describe(raised)}) was executed by "
            + (answering.RunningHandler is { } handler ? $"the error handler {handler}" : "ErrorHandlers' default response")
            + $" while it answered {Describe(answering.Received)}. An error raised while an error is answered goes down the "
            + "500 path instead of a second lookup (EH0015): return the response itself, or the exception for its default page.",
            raised);

    private static string Describe(Exception exception) =>
        exception is HttpException http ? $"{http.StatusCode} {http.Name}" : exception.GetType().FullName!;

    /// <summary>
    /// ASP.NET Core's <see cref="IExceptionHandler"/>s, in registration order, get a non-HTTP exception that no
    /// <see cref="ErrorHandlerAttribute"/> method takes, before the 500 path. One that throws is a handler failure.
    /// </summary>
    private async Task<bool> TryExceptionHandlersAsync(HttpContext context, RequestError error, Exception exception, ScopeChain scopes)
    {
        foreach (var exceptionHandler in _exceptionHandlers)
        {
            var name = exceptionHandler.GetType().FullName!;
            PrepareResponse(context, error, name, errorOfTheResponse: null);
            Exception? failure = null;
            try
            {
                if (await exceptionHandler.TryHandleAsync(context, exception, context.RequestAborted))
                {
                    Handled(context, exception, name);
                    return true;
                }
            }
            catch (Exception thrown)
            {
                failure = thrown;
            }

            if (failure is not null)
            {
                await ServerErrorAsync(context, error, failure, scopes);
                return true;
            }
        }

        return false;
    }

    /// <summary>Flask's <c>handle_exception</c>: propagate, or log once and answer a new 500 that carries the error.</summary>
    private async Task ServerErrorAsync(HttpContext context, RequestError error, Exception exception, ScopeChain scopes)
    {
        if (WhyNoAnswer(context, exception) is { } reason)
        {
            GiveUp(context, exception, reason);
            return;
        }

        if (_propagateExceptions)
        {
            _metrics.Unhandled(exception);
            error.Rethrown = exception;
            ExceptionDispatchInfo.Throw(exception);
        }

        ShowToHandlers(context, error, exception);
        ErrorHandlerLog.UnhandledException(_logger, exception, context.Request.Path, context.Request.Method);
        ExceptionTelemetry.Record(context, exception);
        var serverError = new InternalServerErrorException(originalException: exception);
        if (Table.Find(serverError, scopes) is { } handler)
        {
            if (await RunAsync(context, error, handler, serverError, errorOfTheResponse: null) is not { } failure)
            {
                ServerErrorAnswered(context, exception, handler.Name);
                return;
            }

            ErrorHandlerLog.ServerErrorHandlerFailed(_logger, failure, handler.Name);
            ExceptionTelemetry.Record(context, failure);
            if (context.Response.HasStarted)
            {
                GiveUp(context, failure, NoAnswer.ResponseStarted);
                return;
            }
        }

        await DefaultResponseAsync(context, error, serverError, exception);
    }

    /// <summary>
    /// Werkzeug's page or problem+json for <paramref name="response"/>, counted for <paramref name="exception"/>. A
    /// client that leaves while it is written is an abort like any other; any other failure here has nothing left to
    /// answer it, so it goes up to the server, past every ErrorHandlers middleware.
    /// </summary>
    private async Task DefaultResponseAsync(HttpContext context, RequestError error, HttpException response, Exception exception)
    {
        PrepareResponse(context, error, runningHandler: null, errorOfTheResponse: null);
        try
        {
            await response.ExecuteAsync(context);
        }
        catch (Exception failure)
        {
            if (WhyNoAnswer(context, failure) is not { } reason)
            {
                error.Rethrown = failure;
                throw;
            }

            GiveUp(context, failure, reason);
            return;
        }

        if (ReferenceEquals(response, exception))
        {
            Handled(context, exception, DefaultResponseHandler);
        }
        else
        {
            ServerErrorAnswered(context, exception, DefaultResponseHandler);
        }
    }

    /// <summary>
    /// Runs a handler and its result; returns what it threw, so the caller can send it down the 500 path. Where the
    /// failed request's services cannot serve a second rendering, the handler gets a fresh scope (<see cref="ErrorScope"/>).
    /// </summary>
    private static async Task<Exception?> RunAsync(
        HttpContext context, RequestError error, ErrorHandlerMethod handler, Exception exception, HttpException? errorOfTheResponse)
    {
        PrepareResponse(context, error, handler.Name, errorOfTheResponse);
        var scope = ErrorScope.Enter(context);
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
        finally
        {
            if (scope is not null)
            {
                await scope.LeaveAsync(context);
            }
        }
    }

    /// <summary>
    /// Clears the failed response for the next answer and notes who gives it. The first answer also registers the
    /// no-cache default, which a handler overrides by setting its own <c>Cache-Control</c>.
    /// </summary>
    private static void PrepareResponse(HttpContext context, RequestError error, string? runningHandler, HttpException? errorOfTheResponse)
    {
        ResponseReset.Reset(context, errorOfTheResponse);
        error.RunningHandler = runningHandler;
        if (!error.CachingPrevented)
        {
            CacheHeaders.PreventCachingUnlessSet(context.Response);
            error.CachingPrevented = true;
        }
    }

    /// <summary>
    /// A handler or a default response answered the error: it is no failure, so the exception-handler features go and
    /// error trackers that read them after the request (Sentry) see nothing, as Flask's Sentry integration sees nothing.
    /// </summary>
    private void Handled(HttpContext context, Exception exception, string handler)
    {
        _metrics.Handled(exception, handler);
        context.Features.Set<IExceptionHandlerFeature>(null);
        context.Features.Set<IExceptionHandlerPathFeature>(null);
    }

    /// <summary>
    /// The 500 path answered: the features stay for error trackers, and APM agents get the event <c>UseExceptionHandler</c>
    /// writes for an exception it answered.
    /// </summary>
    private void ServerErrorAnswered(HttpContext context, Exception exception, string handler)
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

    /// <summary>
    /// Why <paramref name="exception"/> gets no response, or null when it can have one. The client is gone: a
    /// cancellation or I/O error once <c>RequestAborted</c> fired, or Kestrel's reset exception, which a body read can
    /// throw before the token fires. Or the response has started, and its status and headers are out.
    /// </summary>
    private static NoAnswer? WhyNoAnswer(HttpContext context, Exception exception) =>
        exception is ConnectionResetException || (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
            ? NoAnswer.ClientGone
            : context.Response.HasStarted ? NoAnswer.ResponseStarted : null;

    /// <summary>Logs and counts an error that gets no response, and ends the connection.</summary>
    private void GiveUp(HttpContext context, Exception exception, NoAnswer reason)
    {
        if (reason == NoAnswer.ClientGone)
        {
            ErrorHandlerLog.RequestAborted(_logger, exception);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            }

            _metrics.Aborted(exception);
        }
        else if (ComponentEndpoint.Is(context))
        {
            // Blazor's streaming rendering answers an error after the response started itself: it writes the error into
            // the page, where blazor.web.js shows it, and ends the response before it rethrows. Aborting the connection
            // under a whole response could reset the next request the client sends on it.
            ErrorHandlerLog.PageEndedResponse(_logger, exception);
            _metrics.Skipped(exception);
            return;
        }
        else
        {
            ErrorHandlerLog.ResponseStarted(_logger, exception);
            _metrics.Skipped(exception);
        }

        // After a reset the server may not know yet: without this, Kestrel would try to drain the request body of a
        // connection that is gone, and log that as an error of its own. After a started response, the client must not
        // take the partial body for a whole one.
        context.Abort();
    }

    /// <summary>The exception-handler features, as <c>UseExceptionHandler</c> sets them, for the exception now being answered.</summary>
    private static void ShowToHandlers(HttpContext context, RequestError error, Exception exception)
    {
        error.Error = exception;
        context.Features.Set<IExceptionHandlerFeature>(error);
        context.Features.Set<IExceptionHandlerPathFeature>(error);
    }

    private enum NoAnswer
    {
        ClientGone,
        ResponseStarted,
    }
}
