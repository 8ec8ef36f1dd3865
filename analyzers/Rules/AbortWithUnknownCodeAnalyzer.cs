using System.Globalization;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0014: <c>Abort.With</c> or <c>Abort.Result</c> with a constant code that has no built-in class.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AbortWithUnknownCodeAnalyzer() : ErrorHandlerAnalyzer(Descriptors.AbortWithUnknownCode)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        context.RegisterOperationAction(
            operation =>
            {
                var invocation = (IInvocationOperation)operation.Operation;
                if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.Abort))
                {
                    return;
                }

                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name == "statusCode"
                        && argument.Value.ConstantValue is { HasValue: true, Value: int code }
                        && known.BuiltInClass(code) is null)
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), code.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            },
            OperationKind.Invocation);
}
