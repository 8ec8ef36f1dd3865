using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The headers a response already had when the request entered <c>UseErrorHandlers</c>: middleware outside it set
/// them for every response (security headers, correlation ids), so an error response keeps them while everything the
/// failed endpoint set goes. Recorded only when there are any, so a pipeline that starts with <c>UseErrorHandlers</c>
/// pays nothing. Caching headers are left out: whether an error may be stored is ErrorHandlers' or its handler's call.
/// </summary>
internal sealed class OuterHeaders
{
    private readonly KeyValuePair<string, StringValues>[] _headers;

    private OuterHeaders(KeyValuePair<string, StringValues>[] headers)
    {
        _headers = headers;
    }

    public static void Record(HttpContext context)
    {
        var headers = context.Response.Headers;
        if (headers.Count > 0)
        {
            context.Features.Set(new OuterHeaders([.. headers]));
        }
    }

    public void CopyTo(IHeaderDictionary headers)
    {
        foreach (var (name, value) in _headers)
        {
            if (!IsCaching(name))
            {
                headers[name] = value;
            }
        }
    }

    private static bool IsCaching(string name) =>
        name.Equals(HeaderNames.CacheControl, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Pragma, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Expires, StringComparison.OrdinalIgnoreCase);
}
