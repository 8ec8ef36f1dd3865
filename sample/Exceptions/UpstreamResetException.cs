namespace ErrorHandlers.Sample;

/// <summary>Python's <c>ConnectionResetError</c>: no handler of its own, so the general one answers it.</summary>
public sealed class UpstreamResetException(string service) : UpstreamConnectionException(service, "connection reset");
