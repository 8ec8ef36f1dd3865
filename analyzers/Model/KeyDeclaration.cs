using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>One key of a handler as the table reads it (<see cref="KeyCandidate"/>), and where it is written.</summary>
/// <param name="Candidate">The key as the shared reading placed it, or rejected it.</param>
/// <param name="Location">The attribute's argument, or the attribute itself when it has none.</param>
internal sealed record KeyDeclaration(KeyCandidate Candidate, Location Location)
{
    public int? GivenCode => Candidate.GivenCode;

    public ITypeSymbol? GivenType => Candidate.GivenType;

    public INamedTypeSymbol? KeyClass => Candidate.KeyClass;

    public int? StatusCode => Candidate.StatusCode;

    public Rejection? Rejection => Candidate.Rejection;

    /// <summary>The key as the user wrote it: <c>404</c>, or the class name.</summary>
    public string Display =>
        GivenCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? (KeyClass ?? GivenType)?.Name
        ?? "?";
}
