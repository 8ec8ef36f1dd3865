namespace ErrorHandlers.Generator.Model;

/// <summary>One key of a handler that a referenced assembly exports.</summary>
/// <param name="Property">The exported <c>ErrorHandlerMethod</c> property, <c>global::</c>-qualified.</param>
/// <param name="DisplayName">The handler method, <c>Namespace.Class.Method</c>.</param>
/// <param name="Scope">The handler's scope, or null for the application.</param>
/// <param name="Key">The key, with its code bucket and depth as this compilation sees them.</param>
internal readonly record struct ImportedHandler(string Property, string DisplayName, string? Scope, HandlerKey Key);
