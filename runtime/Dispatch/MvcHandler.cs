using System.ComponentModel;

namespace ErrorHandlers.Dispatch;

/// <summary>A handler that answers with an MVC result, listed by generated code so that its services are checked at start-up.</summary>
/// <param name="Name">The method as users wrote it, <c>Namespace.Class.Method</c>.</param>
/// <param name="RendersView">Whether its declared return type is a Razor view result, which needs MVC's view services.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record MvcHandler(string Name, bool RendersView);
