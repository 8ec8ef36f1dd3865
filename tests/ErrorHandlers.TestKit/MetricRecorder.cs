using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Records the measurements of one instrument created through one <see cref="IMeterFactory"/> (one application's
/// meters, not those of other tests), with their tags.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _measurements = new();

    public MetricRecorder(IMeterFactory meterFactory, string meterName, string instrumentName)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meterFactory && instrument.Meter.Name == meterName && instrument.Name == instrumentName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) => Add(tags));
        _listener.SetMeasurementEventCallback<double>((_, _, tags, _) => Add(tags));
        _listener.Start();
    }

    /// <summary>The tags of each measurement, in the order recorded.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Measurements => [.. _measurements];

    /// <summary>Waits for a measurement that matches: some instruments record when the request ends, after the client has its answer.</summary>
    public Task<IReadOnlyDictionary<string, object?>> WaitForAsync(Func<IReadOnlyDictionary<string, object?>, bool> match) =>
        Eventually.FindAsync(() => _measurements.FirstOrDefault(match), () => $"No such measurement among {_measurements.Count}.");

    public void Dispose() => _listener.Dispose();

    private void Add(ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(tags.ToArray().ToDictionary(t => t.Key, t => t.Value));
}
