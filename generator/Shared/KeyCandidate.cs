using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Shared;

/// <summary>What one <c>[ErrorHandler]</c> attribute keys its method by, as the table would place it, or why it cannot.</summary>
/// <param name="Attribute">The attribute.</param>
/// <param name="GivenCode">The status code written in the attribute, if one was.</param>
/// <param name="GivenType">The type written in <c>typeof</c>, or the exception parameter's for an attribute without arguments.</param>
/// <param name="KeyClass">The exception class the key stands for, when it is a valid one.</param>
/// <param name="StatusCode">The code bucket of the key, or null for the class bucket.</param>
/// <param name="CodeFromInstance">
/// An HttpException class from another assembly whose code cannot be read from source: it stays in the code phase, and
/// an instance of the class carries the class's own code.
/// </param>
/// <param name="Rejection">Why the table leaves this key out, or null.</param>
internal sealed record KeyCandidate(
    AttributeData Attribute,
    int? GivenCode,
    ITypeSymbol? GivenType,
    INamedTypeSymbol? KeyClass,
    int? StatusCode,
    bool CodeFromInstance,
    Rejection? Rejection);
