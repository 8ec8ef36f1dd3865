using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// ASP.NET Core's rate limiter rejects with a status and nothing else; the lease knows when to retry. This puts it on
/// the response as <c>Retry-After</c> (whole seconds, rounded up) before the application's own <c>OnRejected</c> runs,
/// so the <see cref="TooManyRequestsException"/> that ErrorHandlers raises for the rejection carries it.
/// </summary>
internal static class RateLimiterRetryAfter
{
    public static void Apply(RateLimiterOptions options)
    {
        var onRejected = options.OnRejected;
        options.OnRejected = (context, cancellationToken) =>
        {
            var headers = context.HttpContext.Response.Headers;
            if (!headers.ContainsKey(HeaderNames.RetryAfter) && context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                headers.RetryAfter = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            return onRejected?.Invoke(context, cancellationToken) ?? ValueTask.CompletedTask;
        };
    }
}
