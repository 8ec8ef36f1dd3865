using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Shared;

/// <summary>
/// The runtime and framework types that handlers are read against, resolved once per compilation. The generator
/// and the analyzers (which link this file) read handlers with the same symbols.
/// </summary>
internal sealed class KnownSymbols
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, int?> _statusCodes = new(SymbolEqualityComparer.Default);

    private KnownSymbols(Compilation compilation, INamedTypeSymbol errorHandlerAttribute, INamedTypeSymbol httpException, INamedTypeSymbol exception)
    {
        Compilation = compilation;
        ErrorHandlerAttribute = errorHandlerAttribute;
        HttpException = httpException;
        Exception = exception;
        ErrorHandlerScopeAttribute = compilation.GetTypeByMetadataName(KnownNames.ErrorHandlerScopeAttribute);
        InternalServerErrorException = compilation.GetTypeByMetadataName("ErrorHandlers.InternalServerErrorException");
        Abort = compilation.GetTypeByMetadataName("ErrorHandlers.Abort");
        ScopeExtensions = compilation.GetTypeByMetadataName("ErrorHandlers.ErrorHandlerEndpointConventionBuilderExtensions");
        IResult = compilation.GetTypeByMetadataName(KnownNames.IResult);
        IActionResult = compilation.GetTypeByMetadataName(KnownNames.IActionResult);
        Results = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results");
        TypedResults = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults");
        HttpContext = compilation.GetTypeByMetadataName(KnownNames.HttpContext);
        HttpRequest = compilation.GetTypeByMetadataName(KnownNames.HttpRequest);
        HttpResponse = compilation.GetTypeByMetadataName(KnownNames.HttpResponse);
        CancellationToken = compilation.GetTypeByMetadataName(KnownNames.CancellationToken);
        TaskOfT = compilation.GetTypeByMetadataName(KnownNames.Task);
        ValueTaskOfT = compilation.GetTypeByMetadataName(KnownNames.ValueTask);
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol ErrorHandlerAttribute { get; }

    public INamedTypeSymbol HttpException { get; }

    public INamedTypeSymbol Exception { get; }

    public INamedTypeSymbol? ErrorHandlerScopeAttribute { get; }

    public INamedTypeSymbol? InternalServerErrorException { get; }

    public INamedTypeSymbol? Abort { get; }

    public INamedTypeSymbol? ScopeExtensions { get; }

    public INamedTypeSymbol? IResult { get; }

    /// <summary>MVC's result type; null in a compilation that does not reference MVC.</summary>
    public INamedTypeSymbol? IActionResult { get; }

    public INamedTypeSymbol? Results { get; }

    public INamedTypeSymbol? TypedResults { get; }

    public INamedTypeSymbol? HttpContext { get; }

    public INamedTypeSymbol? HttpRequest { get; }

    public INamedTypeSymbol? HttpResponse { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    /// <summary>Null when the compilation does not reference ErrorHandlers: then no rule has anything to say.</summary>
    public static KnownSymbols? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName(KnownNames.ErrorHandlerAttribute) is { } attribute
        && compilation.GetTypeByMetadataName(KnownNames.HttpException) is { } httpException
        && compilation.GetTypeByMetadataName(KnownNames.Exception) is { } exception
            ? new KnownSymbols(compilation, attribute, httpException, exception)
            : null;

    /// <summary>
    /// The symbols of <paramref name="compilation"/>, resolved once however many handlers read them: each resolution
    /// searches every referenced assembly, and an ASP.NET Core project references some two hundred.
    /// </summary>
    public static KnownSymbols? For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new Holder(Create(c))).Symbols;

    private static readonly ConditionalWeakTable<Compilation, Holder> PerCompilation = new();

    /// <summary>Lets the table remember a compilation that has no ErrorHandlers reference too.</summary>
    private sealed class Holder(KnownSymbols? symbols)
    {
        public KnownSymbols? Symbols { get; } = symbols;
    }

    public INamedTypeSymbol? BuiltInClass(int statusCode) =>
        KnownHttpExceptions.ClassName(statusCode) is { } name
            ? Compilation.GetTypeByMetadataName(KnownHttpExceptions.Namespace + "." + name)
            : null;

    public bool IsException(ITypeSymbol type) => InheritsFrom(type, Exception);

    public bool IsHttpException(ITypeSymbol type) => InheritsFrom(type, HttpException);

    public bool IsResult(ITypeSymbol type) => Implements(type, IResult);

    /// <summary>
    /// A handler's return type read as what it answers with, and how: the <c>T</c> of a <c>Task&lt;T&gt;</c> or
    /// <c>ValueTask&lt;T&gt;</c> with which of the two (<see cref="TaskOfT"/> or <see cref="ValueTaskOfT"/>), or the type
    /// itself with none. Every reading of a return type (the call's shape, the documented responses, EH0002's fix) starts here.
    /// </summary>
    public (ITypeSymbol Answer, INamedTypeSymbol? Awaitable) Unwrap(ITypeSymbol returnType) =>
        returnType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
        && (SymbolEqualityComparer.Default.Equals(generic.ConstructedFrom, TaskOfT)
            || SymbolEqualityComparer.Default.Equals(generic.ConstructedFrom, ValueTaskOfT))
            ? (generic.TypeArguments[0], generic.ConstructedFrom)
            : (returnType, null);

    /// <summary>An MVC result (a view, <c>ObjectResult</c>, …) that is not also an <see cref="IResult"/>, which wins.</summary>
    public bool IsActionResult(ITypeSymbol type) => !IsResult(type) && Implements(type, IActionResult);

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface) =>
        @interface is not null
        && (SymbolEqualityComparer.Default.Equals(type, @interface) || System.Linq.Enumerable.Contains(type.AllInterfaces, @interface, SymbolEqualityComparer.Default));

    /// <summary>The compile-time status code of an HttpException class, or null; read once per class.</summary>
    public int? StatusCodeOf(INamedTypeSymbol type, CancellationToken cancellationToken) =>
        _statusCodes.GetOrAdd(type, t => StatusCodeReader.Read(t, HttpException, Compilation, cancellationToken));

    /// <summary>A key the table can test for: a closed class that derives from <c>System.Exception</c>.</summary>
    public bool IsValidKey(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class, IsUnboundGenericType: false } named
        && !ContainsTypeParameters(named)
        && IsException(named);

    /// <summary>Whether a handler parameter of type <paramref name="parameter"/> can receive a <paramref name="key"/>.</summary>
    public bool Accepts(ITypeSymbol parameter, ITypeSymbol key)
    {
        var conversion = Compilation.ClassifyCommonConversion(key, parameter);
        return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
    }

    public static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsTypeParameters(INamedTypeSymbol type) =>
        type.TypeArguments.Any(a => a is ITypeParameterSymbol || (a is INamedTypeSymbol named && ContainsTypeParameters(named)))
        || (type.ContainingType is { } outer && ContainsTypeParameters(outer));
}
