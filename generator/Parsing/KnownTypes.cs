using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Parsing;

/// <summary>The types a handler is checked against, resolved once per parse.</summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation, INamedTypeSymbol httpException, INamedTypeSymbol exception)
    {
        Compilation = compilation;
        HttpException = httpException;
        Exception = exception;
        IResult = compilation.GetTypeByMetadataName(KnownNames.IResult);
        HttpContext = compilation.GetTypeByMetadataName(KnownNames.HttpContext);
        HttpRequest = compilation.GetTypeByMetadataName(KnownNames.HttpRequest);
        HttpResponse = compilation.GetTypeByMetadataName(KnownNames.HttpResponse);
        CancellationToken = compilation.GetTypeByMetadataName(KnownNames.CancellationToken);
        Task = compilation.GetTypeByMetadataName(KnownNames.Task);
        ValueTask = compilation.GetTypeByMetadataName(KnownNames.ValueTask);
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol HttpException { get; }

    public INamedTypeSymbol Exception { get; }

    public INamedTypeSymbol? IResult { get; }

    public INamedTypeSymbol? HttpContext { get; }

    public INamedTypeSymbol? HttpRequest { get; }

    public INamedTypeSymbol? HttpResponse { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? ValueTask { get; }

    /// <summary>Null when the runtime is not referenced: then no handler can be generated.</summary>
    public static KnownTypes? For(Compilation compilation) =>
        compilation.GetTypeByMetadataName(KnownNames.HttpException) is { } httpException
        && compilation.GetTypeByMetadataName(KnownNames.Exception) is { } exception
            ? new KnownTypes(compilation, httpException, exception)
            : null;

    /// <summary>The built-in class for a status code, or null when the code has none.</summary>
    public INamedTypeSymbol? BuiltInClass(int statusCode) =>
        KnownHttpExceptions.ClassName(statusCode) is { } name
            ? Compilation.GetTypeByMetadataName(KnownHttpExceptions.Namespace + "." + name)
            : null;

    public bool IsException(ITypeSymbol type) => InheritsFrom(type, Exception);

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
}
