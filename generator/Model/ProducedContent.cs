namespace ErrorHandlers.Generator.Model;

/// <summary>One content type a handler's response has, as its return type or its <c>[Produces]</c> says.</summary>
/// <param name="ContentType">The media type, as OpenAPI lists it.</param>
/// <param name="BodyType">The type serialized as the body, <c>global::</c>-qualified; null when nothing says.</param>
internal readonly record struct ProducedContent(string ContentType, string? BodyType);
