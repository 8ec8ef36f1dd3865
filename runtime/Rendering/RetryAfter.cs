using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Rendering;

/// <summary>The <c>Retry-After</c> of 429 and 503, Werkzeug's <c>_RetryAfter</c>: seconds or an HTTP date.</summary>
internal readonly struct RetryAfter
{
    public RetryAfter(int? seconds, DateTimeOffset? at)
    {
        if (seconds is not null && at is not null)
        {
            throw new ArgumentException("Pass either a number of seconds or a time to retry at, not both.", nameof(at));
        }

        if (seconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "Seconds to wait cannot be negative.");
        }

        Seconds = seconds;
        At = at;
    }

    public int? Seconds { get; }

    public DateTimeOffset? At { get; }

    public void AddHeader(IHeaderDictionary headers)
    {
        if (Seconds is > 0 and var seconds)
        {
            headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        else if (At is { } at)
        {
            headers.RetryAfter = at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
        }
    }
}
