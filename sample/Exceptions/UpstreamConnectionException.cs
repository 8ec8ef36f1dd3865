namespace ErrorHandlers.Sample;

/// <summary>Python's <c>ConnectionError</c>: a call to another service failed.</summary>
public class UpstreamConnectionException(string service, string reason) : Exception($"The {service} service failed: {reason}.")
{
    public string Service { get; } = service;
}
