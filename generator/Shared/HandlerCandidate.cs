using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Generator.Shared;

/// <summary>
/// One method with <c>[ErrorHandler]</c> attributes, read once by the rules that decide whether the generated table can
/// call it and place its keys. The generator builds its model from what this accepts and leaves out the rest; the
/// analyzers (which link this file) report every <see cref="Rejection"/> from the same reading, so the two cannot
/// disagree about a handler.
/// </summary>
internal sealed class HandlerCandidate
{
    private HandlerCandidate(
        IMethodSymbol method,
        ImmutableArray<IParameterSymbol> exceptionParameters,
        ReturnShape? returnShape,
        CallProblem? callProblem,
        INamedTypeSymbol? callProblemClass,
        AttributeData? scopeAttribute,
        string? scope,
        ImmutableArray<KeyCandidate> keys,
        ImmutableArray<Rejection> rejections)
    {
        Method = method;
        ExceptionParameters = exceptionParameters;
        ReturnShape = returnShape;
        CallProblem = callProblem;
        CallProblemClass = callProblemClass;
        ScopeAttribute = scopeAttribute;
        Scope = scope;
        Keys = keys;
        Rejections = rejections;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The parameters whose type derives from <c>System.Exception</c>; a handler has exactly one.</summary>
    public ImmutableArray<IParameterSymbol> ExceptionParameters { get; }

    /// <summary>The exception parameter when there is exactly one.</summary>
    public IParameterSymbol? ExceptionParameter => ExceptionParameters.Length == 1 ? ExceptionParameters[0] : null;

    /// <summary>How the return value becomes a response; null for a return type that gives none.</summary>
    public ReturnShape? ReturnShape { get; }

    /// <summary>Why generated code cannot call the method, when it cannot.</summary>
    public CallProblem? CallProblem { get; }

    /// <summary>The innermost class around the method that causes <see cref="CallProblem"/>, when a class does (generic, or not accessible).</summary>
    public INamedTypeSymbol? CallProblemClass { get; }

    /// <summary>The <c>[ErrorHandlerScope]</c> of the nearest enclosing class that has one; null for the application.</summary>
    public AttributeData? ScopeAttribute { get; }

    /// <summary>The scope's name as written, when there is a scope.</summary>
    public string? Scope { get; }

    /// <summary>One per <c>[ErrorHandler]</c> attribute, in the order written.</summary>
    public ImmutableArray<KeyCandidate> Keys { get; }

    /// <summary>Why the table cannot use the method at all; empty when it can.</summary>
    public ImmutableArray<Rejection> Rejections { get; }

    /// <summary>The table calls this handler: nothing rejects the method, and at least one key can be placed.</summary>
    public bool IsAccepted => Rejections.IsEmpty && Keys.Any(key => key.Rejection is null);

    public static HandlerCandidate Read(IMethodSymbol method, IEnumerable<AttributeData> attributes, KnownSymbols known, CancellationToken cancellationToken)
    {
        var rejections = ImmutableArray.CreateBuilder<Rejection>();
        if (!IsComplete(method))
        {
            rejections.Add(Rejection.Incomplete);
        }

        var (callProblem, callProblemClass) = CallProblemOf(method);
        if (callProblem is not null)
        {
            rejections.Add(Rejection.NotCallable);
        }

        var exceptionParameters = method.Parameters.Where(parameter => known.IsException(parameter.Type)).ToImmutableArray();
        if (exceptionParameters.Length != 1)
        {
            rejections.Add(Rejection.ExceptionParameter);
        }

        var returnShape = ReturnShapeOf(method.ReturnType, known);
        if (returnShape is null && method.ReturnType.TypeKind != TypeKind.Error)
        {
            rejections.Add(Rejection.UnsupportedReturnType);
        }

        var (scopeAttribute, scope) = ScopeOf(method.ContainingType, known);
        if (scopeAttribute is not null && ScopeNames.Problem(scope) is not null)
        {
            rejections.Add(Rejection.InvalidScopeName);
        }

        var exceptionParameter = exceptionParameters.Length == 1 ? exceptionParameters[0] : null;
        var keys = attributes.Select(attribute => KeyOf(attribute, exceptionParameter, known, cancellationToken)).ToImmutableArray();
        return new HandlerCandidate(method, exceptionParameters, returnShape, callProblem, callProblemClass, scopeAttribute, scope, keys, rejections.ToImmutable());
    }

    /// <summary>
    /// Not a method of a class, generic, in a generic class, not static, not reachable from generated code in the same
    /// assembly, or with a parameter passed by reference; and the class that causes it, when a class does.
    /// </summary>
    private static (CallProblem? Problem, INamedTypeSymbol? Class) CallProblemOf(IMethodSymbol method)
    {
        if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
        {
            return (Shared.CallProblem.LocalFunctionOrLambda, null);
        }

        if (method.IsGenericMethod)
        {
            return (Shared.CallProblem.Generic, null);
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return (Shared.CallProblem.InGenericClass, type);
            }
        }

        if (!method.IsStatic || method.MethodKind != MethodKind.Ordinary)
        {
            return (Shared.CallProblem.NotStatic, null);
        }

        if (!IsReachable(method.DeclaredAccessibility))
        {
            return (Shared.CallProblem.Inaccessible, null);
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (!IsReachable(type.DeclaredAccessibility))
            {
                return (Shared.CallProblem.InInaccessibleClass, type);
            }
        }

        return method.Parameters.Any(parameter => parameter.RefKind != RefKind.None || parameter.IsParams)
            ? (Shared.CallProblem.ByReferenceOrParamsParameter, null)
            : (null, null);
    }

    private static bool IsReachable(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    /// <summary>
    /// Everything the generated call names exists: the method, its classes and namespaces have names, no parameter type
    /// is one the compiler could not resolve, and neither is the return type itself. Half-typed code fails here, so that
    /// the table does not repeat the user's errors as errors of its own. The return type's type arguments are never
    /// named by the generated call, and one may be a type that another generator writes, which this generator cannot
    /// see: <c>RazorComponentResult&lt;NotFoundPage&gt;</c>, whose page the Razor generator compiles from a
    /// <c>.razor</c> file.
    /// </summary>
    private static bool IsComplete(IMethodSymbol method) =>
        HasNames(method) && IsDeclared(method.ReturnType) && method.Parameters.All(parameter => IsResolved(parameter.Type));

    /// <summary>A resolved type, whatever its type arguments are.</summary>
    private static bool IsDeclared(ITypeSymbol type) =>
        type is INamedTypeSymbol named ? named is not IErrorTypeSymbol && HasNames(named.OriginalDefinition) : IsResolved(type);

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

    /// <summary><c>IResult</c>, an MVC result or a <c>string</c>, or a <c>Task</c>/<c>ValueTask</c> of one; null for anything else.</summary>
    private static ReturnShape? ReturnShapeOf(ITypeSymbol returnType, KnownSymbols known)
    {
        var (answer, awaitable) = known.Unwrap(returnType);
        ReturnShape? answered = answer.SpecialType == SpecialType.System_String ? Shared.ReturnShape.Html
            : known.IsResult(answer) ? Shared.ReturnShape.Result
            : known.IsActionResult(answer) ? Shared.ReturnShape.ActionResult
            : null;
        if (awaitable is null || answered is not { } shape)
        {
            return answered;
        }

        var isTask = SymbolEqualityComparer.Default.Equals(awaitable, known.TaskOfT);
        return shape switch
        {
            Shared.ReturnShape.Html => isTask ? Shared.ReturnShape.TaskOfHtml : Shared.ReturnShape.ValueTaskOfHtml,
            Shared.ReturnShape.Result => isTask ? Shared.ReturnShape.TaskOfResult : Shared.ReturnShape.ValueTaskOfResult,
            _ => isTask ? Shared.ReturnShape.TaskOfActionResult : Shared.ReturnShape.ValueTaskOfActionResult,
        };
    }

    /// <summary>The key of one attribute: its code's built-in class, its type, or the exception parameter's type.</summary>
    private static KeyCandidate KeyOf(AttributeData attribute, IParameterSymbol? exceptionParameter, KnownSymbols known, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var arguments = attribute.ConstructorArguments;
        if (attribute.AttributeConstructor is null || arguments.Any(argument => argument.Kind == TypedConstantKind.Error))
        {
            return new KeyCandidate(attribute, null, null, null, null, false, Rejection.Incomplete);
        }

        int? givenCode = arguments.Length == 1 && arguments[0].Value is int code ? code : null;
        var givenType = arguments.Length switch
        {
            0 => exceptionParameter?.Type,
            1 when arguments[0] is { Kind: TypedConstantKind.Type, Value: ITypeSymbol type } => type,
            _ => null,
        };

        if (arguments.Length == 0 && exceptionParameter is null)
        {
            return new KeyCandidate(attribute, null, null, null, null, false, Rejection.ExceptionParameter);
        }

        var keyClass = givenCode is { } given ? known.BuiltInClass(given) : givenType is not null && known.IsValidKey(givenType) ? (INamedTypeSymbol)givenType : null;
        if (keyClass is null)
        {
            var rejection = givenCode is not null ? Rejection.UnknownStatusCode : Rejection.InvalidKey;
            return new KeyCandidate(attribute, givenCode, givenType, null, null, false, rejection);
        }

        var statusCode = known.StatusCodeOf(keyClass, cancellationToken);
        var isHttpSubclass = known.IsHttpException(keyClass) && !SymbolEqualityComparer.Default.Equals(keyClass, known.HttpException);
        var codeFromInstance = isHttpSubclass && statusCode is null;
        Rejection? keyRejection =
            exceptionParameter is not null && !known.Accepts(exceptionParameter.Type, keyClass) ? Rejection.KeyNotAccepted
            : codeFromInstance && keyClass.DeclaringSyntaxReferences.Length > 0 ? Rejection.NoConstantStatusCode
            : null;
        return new KeyCandidate(attribute, givenCode, givenType, keyClass, statusCode, codeFromInstance, keyRejection);
    }

    /// <summary>The <c>[ErrorHandlerScope]</c> of the nearest enclosing class with one, and its name.</summary>
    private static (AttributeData? Attribute, string? Name) ScopeOf(INamedTypeSymbol type, KnownSymbols known)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            var attribute = current.GetAttributes()
                .FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, known.ErrorHandlerScopeAttribute));
            if (attribute is not null)
            {
                return (attribute, attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null);
            }
        }

        return (null, null);
    }
}
