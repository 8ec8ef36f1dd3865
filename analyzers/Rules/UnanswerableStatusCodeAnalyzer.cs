using ErrorHandlers.Analyzers.Model;
using ErrorHandlers.Rendering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0016: an HttpException class whose compile-time status code no error response can carry. Reported on the class
/// that sets the code, not on every class that inherits it. The rule is the runtime's own (linked source).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnanswerableStatusCodeAnalyzer() : ErrorHandlerAnalyzer(Descriptors.UnanswerableStatusCode)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        context.RegisterSymbolAction(
            symbol =>
            {
                var type = (INamedTypeSymbol)symbol.Symbol;
                if (type.TypeKind == TypeKind.Class
                    && known.IsHttpException(type)
                    && known.StatusCodeOf(type, symbol.CancellationToken) is { } statusCode
                    && !ErrorStatus.IsAnswerable(statusCode)
                    && (type.BaseType is not { } baseType || known.StatusCodeOf(baseType, symbol.CancellationToken) != statusCode))
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(Rule, type.Locations[0], type.Name, statusCode));
                }
            },
            SymbolKind.NamedType);
}
