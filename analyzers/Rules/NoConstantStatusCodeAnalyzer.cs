using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0011: a handler keyed by an HttpException subclass, declared in this project, whose status code is not a
/// compile-time constant. Classes from other assemblies are looked up by the code their instances carry.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoConstantStatusCodeAnalyzer() : ErrorHandlerAnalyzer(Descriptors.NoConstantStatusCode)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            foreach (var key in handler.Keys)
            {
                if (key.Rejection == Rejection.NoConstantStatusCode && key.KeyClass is { } keyClass)
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(Rule, key.Location, keyClass.Name));
                }
            }
        });
}
