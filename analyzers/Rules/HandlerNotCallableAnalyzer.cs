using System.Collections.Immutable;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0007: a handler that generated code cannot call: a local function or a lambda, not static, generic, not accessible,
/// or with a by-reference parameter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerNotCallableAnalyzer() : ErrorHandlerAnalyzer(Descriptors.HandlerNotCallable)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        OnHandlers(context, known, (symbol, handler) => Report(handler, symbol.ReportDiagnostic));

        // Symbol actions never see local functions and lambdas, which take method attributes too.
        context.RegisterOperationAction(
            operation =>
            {
                var method = operation.Operation switch
                {
                    ILocalFunctionOperation local => local.Symbol,
                    IAnonymousFunctionOperation lambda => lambda.Symbol,
                    _ => null,
                };
                if (method is not null && HandlerDeclaration.Read(method, known, operation.CancellationToken) is { } handler)
                {
                    Report(handler, operation.ReportDiagnostic);
                }
            },
            OperationKind.LocalFunction,
            OperationKind.AnonymousFunction);
    }

    private void Report(HandlerDeclaration handler, System.Action<Diagnostic> report)
    {
        if (handler.Candidate.CallProblem is not { } problem)
        {
            return;
        }

        var method = handler.Method;
        var (reason, fix) = Describe(method, problem, handler.Candidate.CallProblemClass);
        var properties = fix is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Modifier, fix);
        report(Diagnostic.Create(Rule, method.Locations[0], properties, method.MethodKind == MethodKind.AnonymousFunction ? "lambda" : method.Name, reason));
    }

    /// <summary>The message for the problem the shared reading found, and the modifier the code fix can add.</summary>
    private static (string Reason, string? Fix) Describe(IMethodSymbol method, CallProblem problem, INamedTypeSymbol? causingClass) =>
        problem switch
        {
            CallProblem.LocalFunctionOrLambda => ("is declared inside another method; the table calls static methods of a class", null),
            CallProblem.Generic => ("is generic; the table cannot choose its type arguments", null),
            CallProblem.InGenericClass => ($"is in the generic class '{causingClass!.Name}'; move it to a non-generic class", null),
            CallProblem.NotStatic => ("is not static; the table calls handlers without an instance", method.IsAbstract || method.IsVirtual || method.IsOverride ? null : DiagnosticProperties.Static),
            CallProblem.Inaccessible => ($"is {Describe(method.DeclaredAccessibility)}; the generated table needs it internal or public", DiagnosticProperties.Internal),
            CallProblem.InInaccessibleClass => Hidden(causingClass!),
            _ => ("has a ref, in, out or params parameter; the table passes each value once, by value", null), // ByReferenceOrParamsParameter
        };

    private static (string Reason, string? Fix) Hidden(INamedTypeSymbol type) =>
        ($"is in the {Describe(type.DeclaredAccessibility)} class '{type.Name}'; make the class internal or public", null);

    private static string Describe(Accessibility accessibility) =>
        accessibility switch
        {
            Accessibility.Private => "private",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => accessibility.ToString().ToLowerInvariant(),
        };
}
