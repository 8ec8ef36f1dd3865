using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ErrorHandlers.Rendering;

/// <summary>
/// Keeps error responses out of every cache, with the headers <c>UseExceptionHandler</c> sets: a CDN that stored a
/// failure would serve it long after the cause is gone.
/// </summary>
internal static class CacheHeaders
{
    public static void PreventCaching(IHeaderDictionary headers)
    {
        headers.CacheControl = "no-cache,no-store";
        headers.Pragma = "no-cache";
        headers.Expires = "-1";
    }

    /// <summary>For a handler's response: the same headers when it starts, unless the handler chose its own <c>Cache-Control</c>.</summary>
    public static void PreventCachingUnlessSet(HttpResponse response) =>
        response.OnStarting(
            static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                if (StringValues.IsNullOrEmpty(headers.CacheControl))
                {
                    PreventCaching(headers);
                }

                return Task.CompletedTask;
            },
            response);
}
