using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// What tracing sees of an exception that went wrong (one ErrorHandlers logs at Error): OpenTelemetry's
/// <c>exception</c> event on the current <see cref="Activity"/>, and the exception's type as <c>error.type</c> on the
/// request's <c>http.server.request.duration</c>, the tag <c>UseExceptionHandler</c> adds.
/// </summary>
internal static class ExceptionTelemetry
{
    private const string ErrorTypeTag = "error.type";

    public static void Record(HttpContext context, Exception exception)
    {
        if (Activity.Current is { } activity)
        {
            AddExceptionEvent(activity, exception);
        }

        if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metricsTags && !HasErrorType(metricsTags.Tags))
        {
            metricsTags.Tags.Add(new KeyValuePair<string, object?>(ErrorTypeTag, exception.GetType().FullName));
        }
    }

#if NET9_0_OR_GREATER
    private static void AddExceptionEvent(Activity activity, Exception exception) => activity.AddException(exception);
#else
    /// <summary>What <c>Activity.AddException</c> (.NET 9) records, for .NET 8.</summary>
    private static void AddExceptionEvent(Activity activity, Exception exception) =>
        activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection
        {
            { "exception.message", exception.Message },
            { "exception.stacktrace", exception.ToString() },
            { "exception.type", exception.GetType().FullName },
        }));
#endif

    /// <summary>A second exception middleware may have tagged the request already; a repeated tag breaks some metric systems.</summary>
    private static bool HasErrorType(ICollection<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == ErrorTypeTag)
            {
                return true;
            }
        }

        return false;
    }
}
