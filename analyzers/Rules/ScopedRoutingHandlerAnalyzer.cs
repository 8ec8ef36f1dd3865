using System.Globalization;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0010: a scope's 404 or 405 handler, which routing failures never reach.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScopedRoutingHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.ScopedRoutingHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            if (handler.Scope is not { IsValid: true } scope)
            {
                return;
            }

            foreach (var key in handler.Keys)
            {
                if (key.StatusCode is 404 or 405)
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(Rule, key.Location, key.StatusCode.Value.ToString(CultureInfo.InvariantCulture), scope.Name));
                }
            }
        });
}
