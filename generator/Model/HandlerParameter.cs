namespace ErrorHandlers.Generator.Model;

/// <summary>A handler parameter and where its value comes from.</summary>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Type">The parameter type, <c>global::</c>-qualified, without a nullable annotation.</param>
internal readonly record struct HandlerParameter(ParameterSource Source, string Type);
