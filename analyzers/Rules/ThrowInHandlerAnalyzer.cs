using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0015: a throw (or <c>Abort.With</c>, which throws) inside a handler's own body.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowInHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.ThrowInHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlerBodies(context, known, (block, _) =>
        {
            foreach (var operation in HandlerBody.Operations(block.OperationBlocks))
            {
                var throws = operation switch
                {
                    IThrowOperation => true,
                    IInvocationOperation invocation => SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.Abort)
                        && invocation.TargetMethod.Name == "With",
                    _ => false,
                };
                if (throws)
                {
                    block.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation()));
                }
            }
        });
}
