using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0015: an error raised inside a handler's own body: a throw, <c>Abort.With</c> (which throws) or
/// <c>Abort.Result</c> (which dispatches when it executes, still inside the handler).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ThrowInHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.ThrowInHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlerBodies(context, known, (block, _) =>
        {
            foreach (var operation in HandlerBody.Operations(block.OperationBlocks))
            {
                var raised = operation switch
                {
                    IThrowOperation => "A throw",
                    IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.Abort) =>
                        invocation.TargetMethod.Name switch
                        {
                            "With" => "Abort.With",
                            "Result" => "Abort.Result",
                            _ => null,
                        },
                    _ => null,
                };
                if (raised is not null)
                {
                    block.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), raised));
                }
            }
        });
}
