using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0009: a return type that gives no response.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedReturnTypeAnalyzer() : ErrorHandlerAnalyzer(Descriptors.UnsupportedReturnType)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            var method = handler.Method;
            var type = method.ReturnType;
            if (!handler.Candidate.Rejections.Contains(Rejection.UnsupportedReturnType))
            {
                return;
            }

            var described = method.ReturnsVoid && method.IsAsync ? "async void" : type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            var location = method.DeclaringSyntaxReferences.Length > 0 && method.DeclaringSyntaxReferences[0].GetSyntax(symbol.CancellationToken) is MethodDeclarationSyntax declaration
                ? declaration.ReturnType.GetLocation()
                : method.Locations[0];
            symbol.ReportDiagnostic(Diagnostic.Create(Rule, location, method.Name, described));
        });
}
