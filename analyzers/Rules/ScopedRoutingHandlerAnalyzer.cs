using System;
using System.Collections.Concurrent;
using System.Globalization;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0010: a scope's 404 or 405 handler, which routing failures never reach, unless a route group of the same project
/// claims the unmatched routes for the scope (<c>WithErrorHandlerScope(name, claimUnmatchedRoutes: true)</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScopedRoutingHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.ScopedRoutingHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        var claimed = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var candidates = new ConcurrentBag<(string Scope, Diagnostic Diagnostic)>();
        context.RegisterOperationAction(
            operation =>
            {
                if (ScopeUse.Of((IInvocationOperation)operation.Operation, known) is { MayClaimUnmatchedRoutes: true } use)
                {
                    claimed[use.Name] = true;
                }
            },
            OperationKind.Invocation);
        OnHandlers(context, known, (symbol, handler) =>
        {
            if (handler.Scope is not { IsValid: true, Name: { } name } scope)
            {
                return;
            }

            foreach (var key in handler.Keys)
            {
                if (key.StatusCode is 404 or 405)
                {
                    candidates.Add((name, Diagnostic.Create(Rule, key.Location, key.StatusCode.Value.ToString(CultureInfo.InvariantCulture), name)));
                }
            }
        });

        context.RegisterCompilationEndAction(end =>
        {
            foreach (var (scope, diagnostic) in candidates)
            {
                if (!claimed.ContainsKey(scope))
                {
                    end.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}
