using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0006: <c>[ErrorHandler(typeof(T))]</c> where T is not an exception class, or <c>[ErrorHandler(null)]</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidKeyAnalyzer() : ErrorHandlerAnalyzer(Descriptors.InvalidKey)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            foreach (var key in handler.Keys)
            {
                if (key.Rejection != Rejection.InvalidKey || key.GivenType is { TypeKind: TypeKind.Error })
                {
                    continue;
                }

                var type = key.GivenType;
                var reason = type switch
                {
                    null => "name an exception class, as in typeof(MyException)",
                    { TypeKind: TypeKind.Interface } => "interfaces have no place in a class's base chain, which is how handlers are looked up; key by a class",
                    INamedTypeSymbol { IsUnboundGenericType: true } => "an open generic type matches no exception; close it (typeof(MyException<int>))",
                    ITypeParameterSymbol or INamedTypeSymbol => known.IsException(type)
                        ? "a type parameter is not known when the table is generated"
                        : "it does not derive from System.Exception",
                    _ => "it does not derive from System.Exception",
                };
                symbol.ReportDiagnostic(Diagnostic.Create(Rule, key.Location, type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "null", reason));
            }
        });
}
