using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>
/// A method with <c>[ErrorHandler]</c> attributes, read by the same <see cref="HandlerCandidate"/> as the generator
/// reads it, with the locations the rules report at.
/// </summary>
internal sealed class HandlerDeclaration
{
    private HandlerDeclaration(HandlerCandidate candidate, ImmutableArray<KeyDeclaration> keys, ScopeDeclaration? scope)
    {
        Candidate = candidate;
        Keys = keys;
        Scope = scope;
    }

    /// <summary>The shared reading: what the table accepts, and why it rejects the rest.</summary>
    public HandlerCandidate Candidate { get; }

    public IMethodSymbol Method => Candidate.Method;

    public ImmutableArray<KeyDeclaration> Keys { get; }

    public ImmutableArray<IParameterSymbol> ExceptionParameters => Candidate.ExceptionParameters;

    /// <summary>The exception parameter when there is exactly one.</summary>
    public IParameterSymbol? ExceptionParameter => Candidate.ExceptionParameter;

    /// <summary>The scope of the nearest enclosing class with <c>[ErrorHandlerScope]</c>; null for the application.</summary>
    public ScopeDeclaration? Scope { get; }

    /// <summary>The keys, as users read them: <c>404 and NotFoundException</c>.</summary>
    public string KeysDisplay => string.Join(" and ", Keys.Select(k => k.Display).Distinct());

    /// <summary>
    /// The declarations read so far, per compilation (its <see cref="KnownSymbols"/>): seventeen rules ask about every
    /// method, and each method is read once.
    /// </summary>
    private static readonly ConditionalWeakTable<KnownSymbols, ConcurrentDictionary<IMethodSymbol, HandlerDeclaration?>> PerCompilation = new();

    /// <summary>Reads a method, once per compilation; null when it has no <c>[ErrorHandler]</c>.</summary>
    public static HandlerDeclaration? Read(IMethodSymbol method, KnownSymbols known, CancellationToken cancellationToken)
    {
        var read = PerCompilation.GetValue(known, static _ => new(SymbolEqualityComparer.Default));
        return read.TryGetValue(method, out var declaration) ? declaration : read.GetOrAdd(method, ReadOnce(method, known, cancellationToken));
    }

    private static HandlerDeclaration? ReadOnce(IMethodSymbol method, KnownSymbols known, CancellationToken cancellationToken)
    {
        var attributes = method.GetAttributes()
            .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ErrorHandlerAttribute))
            .ToImmutableArray();
        if (attributes.IsEmpty)
        {
            return null;
        }

        var candidate = HandlerCandidate.Read(method, attributes, known, cancellationToken);
        var keys = candidate.Keys.Select(key => new KeyDeclaration(key, LocationOf(key.Attribute, method, cancellationToken))).ToImmutableArray();
        var scope = candidate.ScopeAttribute is { } attribute
            ? ScopeDeclaration.Of(attribute, method.ContainingType, isValid: !candidate.Rejections.Contains(Rejection.InvalidScopeName))
            : null;
        return new HandlerDeclaration(candidate, keys, scope);
    }

    private static Location LocationOf(AttributeData attribute, IMethodSymbol method, CancellationToken cancellationToken)
    {
        var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
        return syntax?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation()
            ?? syntax?.GetLocation()
            ?? method.Locations[0];
    }
}
