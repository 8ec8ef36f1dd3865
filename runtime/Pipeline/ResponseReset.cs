using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Clears a failed response for the error's own, as Flask discards the view's response: status, reason, buffered
/// body and every header the endpoint set (cookies, caching, <c>Location</c>, content headers, its own) go. What
/// survives: the <see cref="OuterHeaders"/> of middleware outside <c>UseErrorHandlers</c>, headers that middleware
/// adds when the response starts (CORS), and the headers that belong to the error itself when it came from the
/// response (routing's <c>Allow</c>).
/// </summary>
internal static class ResponseReset
{
    public static void Reset(HttpContext context, HttpException? errorOfTheResponse = null)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        if (context.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            feature.ReasonPhrase = null;
        }

        var headers = response.Headers;
        headers.Clear();
        context.Features.Get<OuterHeaders>()?.CopyTo(headers);
        errorOfTheResponse?.AddHeaders(headers);

        if (response.Body.CanSeek)
        {
            response.Body.SetLength(0);
        }
    }
}
