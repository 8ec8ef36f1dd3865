using System.Linq;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>An <c>[ErrorHandlerScope]</c> attribute: its name and where it is written.</summary>
internal sealed record ScopeDeclaration(string? Name, Location Location)
{
    /// <summary>The name is one the runtime accepts: non-empty, without a dot.</summary>
    public bool IsValid => Name is { Length: > 0 } && Name.IndexOf('.') < 0;

    /// <summary>The scope of the nearest enclosing class with the attribute; null for the application.</summary>
    public static ScopeDeclaration? Of(INamedTypeSymbol type, KnownSymbols known)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (OnType(current, known) is { } scope)
            {
                return scope;
            }
        }

        return null;
    }

    /// <summary>The attribute on this very type, if it has one.</summary>
    public static ScopeDeclaration? OnType(INamedTypeSymbol type, KnownSymbols known)
    {
        var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ErrorHandlerScopeAttribute));
        if (attribute is null)
        {
            return null;
        }

        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax() as Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax;
        var location = syntax?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation() ?? type.Locations[0];
        return new ScopeDeclaration(attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null, location);
    }

    public string Display => $"scope '{Name}'";
}
