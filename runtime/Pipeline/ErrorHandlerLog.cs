using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Pipeline;

/// <summary>Every line ErrorHandlers logs, with the event ids documented in docs/observability.md.</summary>
internal static partial class ErrorHandlerLog
{
    /// <summary>The logger category of these events.</summary>
    public const string Category = "ErrorHandlers";

    [LoggerMessage(EventId = 1, EventName = "UnhandledException", Level = LogLevel.Error,
        Message = "Exception on {Path} [{Method}]")]
    public static partial void UnhandledException(ILogger logger, Exception exception, string path, string method);

    [LoggerMessage(EventId = 2, EventName = "ServerErrorHandlerFailed", Level = LogLevel.Error,
        Message = "The 500 handler {Handler} failed; the default 500 response is sent instead")]
    public static partial void ServerErrorHandlerFailed(ILogger logger, Exception exception, string handler);

    [LoggerMessage(EventId = 3, EventName = "ResponseStarted", Level = LogLevel.Warning,
        Message = "The response had already started, so no error handler can run; the connection is aborted")]
    public static partial void ResponseStarted(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "RequestAborted", Level = LogLevel.Debug,
        Message = "The client disconnected; no error handler runs")]
    public static partial void RequestAborted(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5, EventName = "ProblemDetailsServiceFailed", Level = LogLevel.Error,
        Message = "The IProblemDetailsService failed to write the {StatusCode} response; ErrorHandlers wrote its own problem+json instead")]
    public static partial void ProblemDetailsServiceFailed(ILogger logger, Exception exception, int statusCode);

    [LoggerMessage(EventId = 6, EventName = "PageEndedResponse", Level = LogLevel.Warning,
        Message = "The response had already started, so no error handler can run; the component page showed the error in the page and ended the response")]
    public static partial void PageEndedResponse(ILogger logger, Exception exception);
}
