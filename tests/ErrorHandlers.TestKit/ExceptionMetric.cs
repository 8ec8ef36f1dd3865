using System.Diagnostics.Metrics;

namespace ErrorHandlers.TestKit;

/// <summary>ASP.NET Core's <c>aspnetcore.diagnostics.exceptions</c> counter, which ErrorHandlers records, read in tests.</summary>
public static class ExceptionMetric
{
    public static MetricRecorder Record(IMeterFactory meterFactory) =>
        new(meterFactory, "Microsoft.AspNetCore.Diagnostics", "aspnetcore.diagnostics.exceptions");

    /// <summary>One measurement as <c>"{error.type} handled? {result}[ by {handler}]"</c>.</summary>
    public static string Describe(IReadOnlyDictionary<string, object?> tags) =>
        $"{tags["error.type"]} handled? {tags["aspnetcore.diagnostics.exception.result"]}"
        + (tags.TryGetValue("aspnetcore.diagnostics.handler.type", out var handler) ? $" by {handler}" : string.Empty);
}
