using System.Linq;
using System.Threading;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Parsing;

/// <summary>
/// Turns one <c>[ErrorHandler]</c> method that <see cref="HandlerCandidate"/> accepts into a <see cref="HandlerMethod"/>
/// value model, with the keys it accepts. What it rejects is left out without a word: the analyzers report each
/// rejection from the same reading (docs/how-it-works.md).
/// </summary>
internal static class HandlerParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static HandlerMethod? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method
            || KnownSymbols.For(context.SemanticModel.Compilation) is not { } known
            || HandlerCandidate.Read(method, context.Attributes, known, cancellationToken) is not { IsAccepted: true } candidate)
        {
            return null;
        }

        var keys = candidate.Keys
            .Where(key => key.Rejection is null)
            .Select(key => new HandlerKey(key.KeyClass!.ToDisplayString(TypeFormat), key.StatusCode, Depth(key.KeyClass), key.CodeFromInstance))
            .Distinct()
            .OrderBy(key => key.ExceptionType, System.StringComparer.Ordinal);
        var parameters = method.Parameters.Select(parameter => new HandlerParameter(
            SourceOf(parameter, known),
            parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat)));

        return new HandlerMethod(
            method.ContainingType.ToDisplayString(TypeFormat),
            method.Name,
            method.ContainingType.ToDisplayString() + "." + method.Name,
            candidate.Scope,
            new EquatableArray<HandlerKey>(keys),
            new EquatableArray<HandlerParameter>(parameters),
            candidate.ReturnShape!.Value,
            ResponseReader.Read(method, known),
            ResponseReader.RendersView(method, known));
    }

    /// <summary>How many classes lie between <paramref name="type"/> and <c>object</c>: deeper is more specific.</summary>
    public static int Depth(INamedTypeSymbol type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }

    private static ParameterSource SourceOf(IParameterSymbol parameter, KnownSymbols known)
    {
        var type = parameter.Type;
        if (known.IsException(type))
        {
            return ParameterSource.Exception;
        }

        if (Is(type, known.HttpContext))
        {
            return ParameterSource.HttpContext;
        }

        if (Is(type, known.HttpRequest))
        {
            return ParameterSource.HttpRequest;
        }

        if (Is(type, known.HttpResponse))
        {
            return ParameterSource.HttpResponse;
        }

        if (Is(type, known.CancellationToken))
        {
            return ParameterSource.CancellationToken;
        }

        return type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType
            ? ParameterSource.OptionalService
            : ParameterSource.RequiredService;
    }

    private static bool Is(ITypeSymbol type, ITypeSymbol? other) =>
        other is not null && SymbolEqualityComparer.Default.Equals(type, other);
}
