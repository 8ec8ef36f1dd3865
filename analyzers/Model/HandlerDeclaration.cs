using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>A method with <c>[ErrorHandler]</c> attributes, read the way the generator reads it, with locations.</summary>
internal sealed class HandlerDeclaration
{
    private HandlerDeclaration(IMethodSymbol method, ImmutableArray<HandlerKey> keys, ImmutableArray<IParameterSymbol> exceptionParameters, ScopeDeclaration? scope)
    {
        Method = method;
        Keys = keys;
        ExceptionParameters = exceptionParameters;
        Scope = scope;
    }

    public IMethodSymbol Method { get; }

    public ImmutableArray<HandlerKey> Keys { get; }

    public ImmutableArray<IParameterSymbol> ExceptionParameters { get; }

    /// <summary>The exception parameter when there is exactly one.</summary>
    public IParameterSymbol? ExceptionParameter => ExceptionParameters.Length == 1 ? ExceptionParameters[0] : null;

    /// <summary>The scope of the nearest enclosing class with <c>[ErrorHandlerScope]</c>; null for the application.</summary>
    public ScopeDeclaration? Scope { get; }

    /// <summary>The keys, as users read them: <c>404 and NotFoundException</c>.</summary>
    public string KeysDisplay => string.Join(" and ", Keys.Select(k => k.Display).Distinct());

    /// <summary>Reads a method; null when it has no <c>[ErrorHandler]</c>.</summary>
    public static HandlerDeclaration? Read(IMethodSymbol method, KnownSymbols known, CancellationToken cancellationToken)
    {
        var attributes = method.GetAttributes()
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ErrorHandlerAttribute))
            .ToList();
        if (attributes.Count == 0)
        {
            return null;
        }

        var exceptionParameters = method.Parameters.Where(p => known.IsException(p.Type)).ToImmutableArray();
        var keys = attributes.Select(a => KeyOf(a, method, exceptionParameters, known, cancellationToken)).ToImmutableArray();
        return new HandlerDeclaration(method, keys, exceptionParameters, ScopeDeclaration.Of(method.ContainingType, known));
    }

    private static HandlerKey KeyOf(AttributeData attribute, IMethodSymbol method, ImmutableArray<IParameterSymbol> exceptionParameters, KnownSymbols known, CancellationToken cancellationToken)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        var location = syntax?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation()
            ?? syntax?.GetLocation()
            ?? method.Locations[0];

        int? givenCode = null;
        ITypeSymbol? givenType = null;
        INamedTypeSymbol? keyClass = null;
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length == 0)
        {
            givenType = exceptionParameters.Length == 1 ? exceptionParameters[0].Type : null;
            keyClass = givenType as INamedTypeSymbol;
        }
        else if (arguments.Length == 1 && arguments[0].Value is int code)
        {
            givenCode = code;
            keyClass = known.BuiltInClass(code);
        }
        else if (arguments.Length == 1 && arguments[0].Value is ITypeSymbol type)
        {
            givenType = type;
            keyClass = known.IsValidKey(type) ? (INamedTypeSymbol)type : null;
        }

        var statusCode = keyClass is not null && known.IsHttpException(keyClass) ? known.StatusCodeOf(keyClass, cancellationToken) : null;
        return new HandlerKey(attribute, location, givenCode, givenType, keyClass, statusCode);
    }
}
