using System.Net.Http.Headers;

namespace ErrorHandlers.Soak;

/// <summary>What came back for one probe, counted from many connections at once.</summary>
internal sealed class Tally(Probe probe)
{
    private long _sent;
    private long _unexpected;
    private long _transportErrors;
    private string? _firstProblem;

    public Probe Probe { get; } = probe;

    public long Sent => Interlocked.Read(ref _sent);

    public long Unexpected => Interlocked.Read(ref _unexpected);

    public long TransportErrors => Interlocked.Read(ref _transportErrors);

    public string? FirstProblem => _firstProblem;

    public void Answered(int status, MediaTypeHeaderValue? contentType)
    {
        Interlocked.Increment(ref _sent);
        if (status != Probe.Status || contentType?.MediaType != Probe.MediaType)
        {
            Interlocked.Increment(ref _unexpected);
            Interlocked.CompareExchange(ref _firstProblem, $"{status} {contentType}", null);
        }
    }

    public void Failed(Exception exception)
    {
        Interlocked.Increment(ref _sent);
        Interlocked.Increment(ref _transportErrors);
        Interlocked.CompareExchange(ref _firstProblem, $"{exception.GetType().Name}: {exception.Message}", null);
    }
}
