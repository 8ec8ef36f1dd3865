using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ErrorHandlers;

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

    /// <summary>A <c>Retry-After</c> header as a component sent it: seconds, an HTTP date, or neither when it is missing or malformed.</summary>
    public static RetryAfter Parse(StringValues header)
    {
        var value = header.ToString().Trim();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new RetryAfter(seconds, at: null);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? new RetryAfter(seconds: null, at)
            : default;
    }

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
