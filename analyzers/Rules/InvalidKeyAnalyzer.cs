using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0006: <c>[ErrorHandler(typeof(T))]</c> where T is not an exception class.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidKeyAnalyzer() : ErrorHandlerAnalyzer(Descriptors.InvalidKey)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            foreach (var key in handler.Keys)
            {
                if (key.GivenCode is not null || key.KeyClass is not null || key.Attribute.ConstructorArguments.Length == 0
                    || key.GivenType is not { TypeKind: not TypeKind.Error } type)
                {
                    continue;
                }

                var reason = type switch
                {
                    { TypeKind: TypeKind.Interface } => "interfaces have no place in a class's base chain, which is how handlers are looked up; key by a class",
                    INamedTypeSymbol { IsUnboundGenericType: true } => "an open generic type matches no exception; close it (typeof(MyException<int>))",
                    ITypeParameterSymbol or INamedTypeSymbol => known.IsException(type)
                        ? "a type parameter is not known when the table is generated"
                        : "it does not derive from System.Exception",
                    _ => "it does not derive from System.Exception",
                };
                symbol.ReportDiagnostic(Diagnostic.Create(Rule, key.Location, type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), reason));
            }
        });
}
