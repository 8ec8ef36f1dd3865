namespace ErrorHandlers.Generator.Model;

/// <summary>What a handler answers: an exception class, and the status code whose bucket it sits in.</summary>
/// <param name="ExceptionType">The key class, <c>global::</c>-qualified.</param>
/// <param name="StatusCode">The code bucket, or null for the class bucket.</param>
/// <param name="Depth">How many classes lie between the key and <c>System.Exception</c>; deeper is more specific.</param>
internal readonly record struct HandlerKey(string ExceptionType, int? StatusCode, int Depth);
