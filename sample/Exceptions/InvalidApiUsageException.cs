namespace ErrorHandlers.Sample;

/// <summary>Flask docs' <c>InvalidAPIUsage</c>: a non-HTTP exception that carries its own status code and payload.</summary>
public sealed class InvalidApiUsageException(
    string message,
    int statusCode = StatusCodes.Status400BadRequest,
    IReadOnlyDictionary<string, string>? payload = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public IReadOnlyDictionary<string, string> Payload { get; } = payload ?? new Dictionary<string, string>();

    /// <summary>The payload with the message added, as Flask's <c>to_dict</c>.</summary>
    public Dictionary<string, string> ToDictionary() => new(Payload) { ["message"] = Message };
}
