using System.ComponentModel;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// One content type a handler's response has, with the type of its body, as the generator read it from the handler's
/// return type or its <c>[Produces]</c>. The OpenAPI document lists it (docs/openapi.md).
/// </summary>
/// <param name="ContentType">The media type.</param>
/// <param name="BodyType">The type of the body; null when nothing says.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly record struct ResponseContent(string ContentType, Type? BodyType);
