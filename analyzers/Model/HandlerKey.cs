using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>What one <c>[ErrorHandler]</c> attribute keys its method by, and where that is written.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="Location">The attribute's argument, or the attribute itself when it has none.</param>
/// <param name="GivenCode">The status code written in the attribute, if one was.</param>
/// <param name="GivenType">The type written in <c>typeof</c>, or the exception parameter's for an attribute without arguments.</param>
/// <param name="KeyClass">The exception class the key stands for, when it is a valid one.</param>
/// <param name="StatusCode">The code bucket of the key, or null for the class bucket.</param>
internal sealed record HandlerKey(
    AttributeData Attribute,
    Location Location,
    int? GivenCode,
    ITypeSymbol? GivenType,
    INamedTypeSymbol? KeyClass,
    int? StatusCode)
{
    /// <summary>The key as the user wrote it: <c>404</c>, or the class name.</summary>
    public string Display =>
        GivenCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? (KeyClass ?? GivenType)?.Name
        ?? "?";
}
