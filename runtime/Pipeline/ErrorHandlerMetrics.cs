using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// ASP.NET Core's <c>aspnetcore.diagnostics.exceptions</c> counter, with its name, unit and tags, on the meter
/// <c>UseExceptionHandler</c> records it on (<c>Microsoft.AspNetCore.Diagnostics</c>, from the same
/// <see cref="IMeterFactory"/>), so dashboards built on <c>UseExceptionHandler</c> keep counting the errors
/// ErrorHandlers answers.
/// </summary>
internal sealed class ErrorHandlerMetrics
{
    public const string MeterName = "Microsoft.AspNetCore.Diagnostics";
    public const string CounterName = "aspnetcore.diagnostics.exceptions";

    private readonly Counter<long> _exceptions;

    public ErrorHandlerMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _exceptions = meter.CreateCounter<long>(
            CounterName,
            unit: "{exception}",
            description: "Number of exceptions caught by exception handling middleware.");
    }

    public void Handled(Exception exception, string handler) => Record(exception, "handled", handler);

    public void Unhandled(Exception exception) => Record(exception, "unhandled", handler: null);

    public void Skipped(Exception exception) => Record(exception, "skipped", handler: null);

    public void Aborted(Exception exception) => Record(exception, "aborted", handler: null);

    private void Record(Exception exception, string result, string? handler)
    {
        if (!_exceptions.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "error.type", exception.GetType().FullName },
            { "aspnetcore.diagnostics.exception.result", result },
        };
        if (handler is not null)
        {
            tags.Add("aspnetcore.diagnostics.handler.type", handler);
        }

        _exceptions.Add(1, tags);
    }
}
