using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0012: an empty or dotted scope name, in <c>[ErrorHandlerScope]</c> or <c>WithErrorHandlerScope</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidScopeNameAnalyzer() : ErrorHandlerAnalyzer(Descriptors.InvalidScopeName)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        context.RegisterSymbolAction(
            symbol =>
            {
                if (ScopeDeclaration.OnType((INamedTypeSymbol)symbol.Symbol, known) is { IsValid: false, Name: { } name } scope)
                {
                    Report(symbol.ReportDiagnostic, scope.Location, name);
                }
            },
            SymbolKind.NamedType);

        context.RegisterOperationAction(
            operation =>
            {
                if (ScopeUse.Of((IInvocationOperation)operation.Operation, known) is { IsValidName: false } use)
                {
                    Report(operation.ReportDiagnostic, use.Argument.Value.Syntax.GetLocation(), use.Name);
                }
            },
            OperationKind.Invocation);
    }

    private void Report(System.Action<Diagnostic> report, Location location, string name) =>
        report(Diagnostic.Create(
            Rule,
            location,
            SymbolDisplay.FormatLiteral(name, quote: true),
            ScopeNames.Problem(name)));
}
