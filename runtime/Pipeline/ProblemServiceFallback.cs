using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// An application's <see cref="IProblemDetailsService"/> that throws before sending anything costs the client nothing:
/// the failure is logged once, at Error, and recorded as a failed request is; the response is cleared of what the
/// writer left, and the error gets our own problem+json with its status and headers.
/// </summary>
internal sealed class ProblemServiceFallback(ILoggerFactory loggerFactory) : IProblemServiceFallback
{
    private readonly ILogger _logger = loggerFactory.CreateLogger(ErrorHandlerLog.Category);

    public Task AnswerAsync(HttpContext context, HttpException exception, Exception failure)
    {
        ErrorHandlerLog.ProblemDetailsServiceFailed(_logger, failure, exception.StatusCode);
        ExceptionTelemetry.Record(context, failure);
        ResponseReset.Reset(context);
        return DefaultErrorResponse.WriteOwnProblemAsync(context, exception);
    }
}
