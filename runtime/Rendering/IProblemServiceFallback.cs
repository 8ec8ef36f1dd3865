using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Rendering;

/// <summary>
/// Answers an error whose problem+json the application's <see cref="IProblemDetailsService"/> threw on before sending
/// anything. <c>AddErrorHandlers</c> registers the pipeline's answer (it logs, resets the response and writes our own
/// problem+json); rendering only writes, so it asks for one here rather than calling the pipeline.
/// </summary>
internal interface IProblemServiceFallback
{
    Task AnswerAsync(HttpContext context, HttpException exception, Exception failure);
}
