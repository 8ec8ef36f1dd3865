using Microsoft.AspNetCore.Http;

namespace ErrorHandlers;

/// <summary><c>429 Too Many Requests</c>, Werkzeug's <c>TooManyRequests</c>: may say when to retry.</summary>
public class TooManyRequestsException : HttpException
{
    /// <summary>Werkzeug 3.1's description of this error.</summary>
    public const string DefaultDescription = "This user has exceeded an allotted request count. Try again later.";

    private readonly RetryAfter _retryAfter;

    /// <summary>Creates the error.</summary>
    /// <param name="description">Replaces <see cref="DefaultDescription"/> when given.</param>
    /// <param name="retryAfter">Seconds to wait, sent as <c>Retry-After</c>; zero or none sends no header.</param>
    /// <param name="retryAt">The time to retry at, sent as an HTTP date in <c>Retry-After</c>.</param>
    /// <exception cref="ArgumentException">Both <paramref name="retryAfter"/> and <paramref name="retryAt"/> were given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryAfter"/> is negative.</exception>
    public TooManyRequestsException(string? description = null, int? retryAfter = null, DateTimeOffset? retryAt = null)
        : base(429, description ?? DefaultDescription)
    {
        _retryAfter = new RetryAfter(retryAfter, retryAt);
    }

    /// <summary>Seconds to wait before retrying, when given.</summary>
    public int? RetryAfterSeconds => _retryAfter.Seconds;

    /// <summary>The time to retry at, when given.</summary>
    public DateTimeOffset? RetryAt => _retryAfter.At;

    /// <inheritdoc />
    public override void AddHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _retryAfter.AddHeader(headers);
    }
}
