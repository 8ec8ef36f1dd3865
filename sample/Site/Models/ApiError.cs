namespace ErrorHandlers.Site.Models;

/// <summary>The API's error body.</summary>
public sealed record ApiError(string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null);
