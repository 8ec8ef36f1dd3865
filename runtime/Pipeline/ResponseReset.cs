using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Prepares a failed response for the error's own: status, reason, buffered body and the headers that describe
/// the old body go; every other header (CORS, security headers, correlation ids) stays.
/// </summary>
internal static class ResponseReset
{
    public static void Reset(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        if (response.HttpContext.Features.Get<IHttpResponseFeature>() is { } feature)
        {
            feature.ReasonPhrase = null;
        }

        var headers = response.Headers;
        headers.ContentType = default;
        headers.ContentLength = null;
        headers.ContentEncoding = default;
        headers.ContentLanguage = default;
        headers.ContentLocation = default;
        headers.ContentRange = default;
        headers.ContentDisposition = default;
        headers.ContentMD5 = default;
        headers.ETag = default;
        headers.LastModified = default;

        if (response.Body.CanSeek)
        {
            response.Body.SetLength(0);
        }
    }
}
