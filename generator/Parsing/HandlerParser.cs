using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Generator.Parsing;

/// <summary>
/// Reads one <c>[ErrorHandler]</c> method into a <see cref="HandlerMethod"/>. A method the generated code cannot
/// call, or a key it cannot place, is left out without a word: the analyzers report those (see docs/generator.md).
/// </summary>
internal static class HandlerParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat;

    public static HandlerMethod? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method
            || KnownSymbols.For(context.SemanticModel.Compilation) is not { } known
            || !IsCallable(method)
            || !IsComplete(method))
        {
            return null;
        }

        var parameters = new List<HandlerParameter>(method.Parameters.Length);
        IParameterSymbol? exceptionParameter = null;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                return null;
            }

            var source = SourceOf(parameter, known);
            if (source == ParameterSource.Exception)
            {
                if (exceptionParameter is not null)
                {
                    return null;
                }

                exceptionParameter = parameter;
            }

            parameters.Add(new HandlerParameter(source, parameter.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeFormat)));
        }

        if (exceptionParameter is null || ReturnShapeOf(method.ReturnType, known) is not { } returnShape)
        {
            return null;
        }

        var keys = new List<HandlerKey>();
        foreach (var attribute in context.Attributes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (KeyOf(attribute, exceptionParameter, known, cancellationToken) is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        if (keys.Count == 0 || ScopeOf(method.ContainingType, out var scope) is false)
        {
            return null;
        }

        return new HandlerMethod(
            method.ContainingType.ToDisplayString(TypeFormat),
            method.Name,
            method.ContainingType.ToDisplayString() + "." + method.Name,
            scope,
            new EquatableArray<HandlerKey>(keys.OrderBy(k => k.ExceptionType, System.StringComparer.Ordinal)),
            new EquatableArray<HandlerParameter>(parameters),
            returnShape);
    }

    /// <summary>
    /// Everything the generated call names exists: the method, its classes and namespaces have names, and no parameter
    /// or return type is one the compiler could not resolve. Half-typed code fails here, so that the table does not
    /// repeat the user's errors as errors of its own.
    /// </summary>
    private static bool IsComplete(IMethodSymbol method) =>
        HasNames(method) && IsResolved(method.ReturnType) && method.Parameters.All(parameter => IsResolved(parameter.Type));

    /// <summary>
    /// A type the generated code can name: resolved, and named all the way out. A class whose name is still being
    /// typed has none, and a method typed straight into a namespace lives in the compiler's <c>&lt;invalid-global-code&gt;</c>.
    /// </summary>
    private static bool IsResolved(ITypeSymbol type) => type switch
    {
        IErrorTypeSymbol => false,
        IArrayTypeSymbol array => IsResolved(array.ElementType),
        INamedTypeSymbol named => HasNames(named) && named.TypeArguments.All(IsResolved),
        _ => type.TypeKind != TypeKind.Error,
    };

    private static bool HasNames(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol { IsGlobalNamespace: true }; current = current.ContainingSymbol)
        {
            if (current is IErrorTypeSymbol || !SyntaxFacts.IsValidIdentifier(current.Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Static, non-generic, and reachable from generated code in the same assembly.</summary>
    private static bool IsCallable(IMethodSymbol method)
    {
        if (!method.IsStatic || method.IsGenericMethod || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        for (ISymbol? symbol = method; symbol is INamedTypeSymbol or IMethodSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
                || symbol is INamedTypeSymbol { IsGenericType: true })
            {
                return false;
            }
        }

        return true;
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

    private static ReturnShape? ReturnShapeOf(ITypeSymbol returnType, KnownSymbols known)
    {
        if (returnType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            var inner = generic.TypeArguments[0];
            var definition = generic.ConstructedFrom;
            var isTask = Is(definition, known.TaskOfT);
            var isValueTask = Is(definition, known.ValueTaskOfT);
            if (isTask || isValueTask)
            {
                return inner.SpecialType == SpecialType.System_String
                    ? (isTask ? ReturnShape.TaskOfHtml : ReturnShape.ValueTaskOfHtml)
                    : known.IsResult(inner) ? (isTask ? ReturnShape.TaskOfResult : ReturnShape.ValueTaskOfResult) : null;
            }
        }

        if (returnType.SpecialType == SpecialType.System_String)
        {
            return ReturnShape.Html;
        }

        return known.IsResult(returnType) ? ReturnShape.Result : null;
    }

    /// <summary>The key of one attribute: its code's built-in class, its type, or the exception parameter's type.</summary>
    private static HandlerKey? KeyOf(AttributeData attribute, IParameterSymbol exceptionParameter, KnownSymbols known, CancellationToken cancellationToken)
    {
        var arguments = attribute.ConstructorArguments;
        var keyType = arguments.Length switch
        {
            0 => exceptionParameter.Type as INamedTypeSymbol,
            1 => arguments[0] switch
            {
                { Kind: TypedConstantKind.Primitive, Value: int code } => known.BuiltInClass(code),
                { Kind: TypedConstantKind.Type, Value: INamedTypeSymbol type } => type,
                _ => null,
            },
            _ => null,
        };

        if (keyType is null || !known.IsValidKey(keyType) || !known.Accepts(exceptionParameter.Type, keyType))
        {
            return null;
        }

        var statusCode = known.StatusCodeOf(keyType, cancellationToken);
        var isHttpSubclass = known.IsHttpException(keyType)
            && !SymbolEqualityComparer.Default.Equals(keyType, known.HttpException);
        var declaredHere = keyType.DeclaringSyntaxReferences.Length > 0;
        if (isHttpSubclass && statusCode is null && declaredHere)
        {
            return null;
        }

        return new HandlerKey(keyType.ToDisplayString(TypeFormat), statusCode, Depth(keyType), CodeFromInstance: isHttpSubclass && statusCode is null);
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

    /// <summary>The scope of the nearest enclosing class with <c>[ErrorHandlerScope]</c>; false when its name is invalid.</summary>
    private static bool ScopeOf(INamedTypeSymbol type, out string? scope)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var attribute = current.GetAttributes()
                .FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownNames.ErrorHandlerScopeAttribute);
            if (attribute is not null)
            {
                scope = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                return scope is { Length: > 0 } && scope.IndexOf('.') < 0;
            }
        }

        scope = null;
        return true;
    }

    private static bool Is(ITypeSymbol type, ITypeSymbol? other) =>
        other is not null && SymbolEqualityComparer.Default.Equals(type, other);
}
