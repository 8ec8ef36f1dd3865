using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>An <c>[ErrorHandlerScope]</c> attribute: its name, whether the runtime accepts it, and where it is written.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Location">The name's argument, where diagnostics about it point.</param>
/// <param name="IsValid">
/// The runtime accepts the name (<see cref="ScopeNames"/>). For a handler's scope, the shared reading decided it
/// (<see cref="Rejection.InvalidScopeName"/>); for a class read on its own, this reads it.
/// </param>
internal sealed record ScopeDeclaration(string? Name, Location Location, bool IsValid)
{
    /// <summary>The attribute on this very type, if it has one.</summary>
    public static ScopeDeclaration? OnType(INamedTypeSymbol type, KnownSymbols known) =>
        type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ErrorHandlerScopeAttribute)) is { } attribute
            ? Of(attribute, type)
            : null;

    /// <summary>The declaration an attribute of <paramref name="type"/> (or a class around it) makes.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="type">The class it is on.</param>
    /// <param name="isValid">What the shared reading of a handler decided about the name; null to read it here.</param>
    public static ScopeDeclaration Of(AttributeData attribute, INamedTypeSymbol type, bool? isValid = null)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
        var location = syntax?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation() ?? type.Locations[0];
        var name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        return new ScopeDeclaration(name, location, isValid ?? ScopeNames.Problem(name) is null);
    }
}
