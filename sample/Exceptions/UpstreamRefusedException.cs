namespace ErrorHandlers.Sample;

/// <summary>Python's <c>ConnectionRefusedError</c>: it has a handler of its own, which beats the general one.</summary>
public sealed class UpstreamRefusedException(string service) : UpstreamConnectionException(service, "connection refused");
