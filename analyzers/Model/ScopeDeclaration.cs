using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>An <c>[ErrorHandlerScope]</c> attribute: its name and where it is written.</summary>
internal sealed record ScopeDeclaration(string? Name, Location Location)
{
    /// <summary>The name is one the runtime accepts (<see cref="ScopeNames"/>).</summary>
    public bool IsValid => ScopeNames.Problem(Name) is null;

    /// <summary>The attribute on this very type, if it has one.</summary>
    public static ScopeDeclaration? OnType(INamedTypeSymbol type, KnownSymbols known) =>
        type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ErrorHandlerScopeAttribute)) is { } attribute
            ? Of(attribute, type)
            : null;

    /// <summary>The declaration an attribute of <paramref name="type"/> (or a class around it) makes.</summary>
    public static ScopeDeclaration Of(AttributeData attribute, INamedTypeSymbol type)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax;
        var location = syntax?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation() ?? type.Locations[0];
        return new ScopeDeclaration(attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null, location);
    }
}
