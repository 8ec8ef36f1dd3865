using ErrorHandlers.Generator.Shared;

namespace ErrorHandlers.Generator.Model;

/// <summary>One <c>[ErrorHandler]</c> method that the generator can call, with all it needs to emit the call.</summary>
/// <param name="ContainingType">The declaring type, <c>global::</c>-qualified.</param>
/// <param name="Name">The method name.</param>
/// <param name="DisplayName">The method as users write it, <c>Namespace.Class.Method</c>.</param>
/// <param name="Scope">The scope of the declaring class, or null for the application.</param>
/// <param name="Keys">The keys the table can place, each once (two attributes may name one key), ordered by exception type so that the model is the same whatever the order of the attributes.</param>
/// <param name="Parameters">The parameters in declaration order.</param>
/// <param name="Return">How the return value becomes a response.</param>
/// <param name="Produces">What the response looks like, for the OpenAPI document; empty when nothing says.</param>
/// <param name="RendersView">Whether it answers with a Razor view, which needs MVC's view services at start-up.</param>
internal sealed record HandlerMethod(
    string ContainingType,
    string Name,
    string DisplayName,
    string? Scope,
    EquatableArray<HandlerKey> Keys,
    EquatableArray<HandlerParameter> Parameters,
    ReturnShape Return,
    EquatableArray<ProducedContent> Produces,
    bool RendersView);
