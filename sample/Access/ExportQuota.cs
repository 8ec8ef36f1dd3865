using System.Threading.RateLimiting;

namespace ErrorHandlers.Sample.Access;

/// <summary>
/// The export limits per plan: the standard plan may export 60 times an hour; the trial plan has no exports, so its
/// limiter refuses every request and says to come back in an hour. ASP.NET Core's rate limiter answers a refusal with an
/// empty 429; ErrorHandlers hands it to the api scope's handler as a <see cref="TooManyRequestsException"/> carrying the
/// lease's retry time (Flask-Limiter's 429).
/// </summary>
internal static class ExportQuota
{
    public const string Policy = "exports";

    public static RateLimitPartition<string> For(HttpContext context)
    {
        var key = context.User.Identity?.Name ?? string.Empty;
        return context.User.FindFirst("plan")?.Value == "standard"
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromHours(1) })
            : RateLimitPartition.Get(key, _ => new NoExports(TimeSpan.FromHours(1)));
    }

    /// <summary>A limiter with no permits at all, whose refusals carry a fixed retry time.</summary>
    private sealed class NoExports(TimeSpan retryAfter) : RateLimiter
    {
        public override TimeSpan? IdleDuration => TimeSpan.Zero;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => new Refusal(retryAfter);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult<RateLimitLease>(new Refusal(retryAfter));
    }

    private sealed class Refusal(TimeSpan retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
