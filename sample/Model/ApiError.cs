namespace ErrorHandlers.Sample.Model;

/// <summary>The JSON body of every HTTP error under /api: Flask's "Generic Exception Handlers" shape.</summary>
public sealed record ApiError(int Code, string Name, string Description);
