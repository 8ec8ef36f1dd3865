using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The default response of an <see cref="HttpException"/> (<see cref="HttpException.ExecuteAsync"/>), rendered by
/// <see cref="DefaultErrorResponse"/>. An application's <see cref="IProblemDetailsService"/> that throws before sending
/// anything costs the client nothing: the failure is logged once, at Error, and the error gets our own body.
/// </summary>
internal static class DefaultResponse
{
    public static async Task WriteAsync(HttpContext context, HttpException exception)
    {
        if (await DefaultErrorResponse.WriteAsync(context, exception) is not { } writerFailure)
        {
            return;
        }

        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(ErrorHandlerLog.Category);
        ErrorHandlerLog.ProblemDetailsServiceFailed(logger, writerFailure, exception.StatusCode);
        ExceptionTelemetry.Record(context, writerFailure);
        ResponseReset.Reset(context);
        await DefaultErrorResponse.WriteOwnProblemAsync(context, exception);
    }
}
