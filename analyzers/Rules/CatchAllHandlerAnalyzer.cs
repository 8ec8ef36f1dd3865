using System.Collections.Immutable;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0002: a handler keyed by <c>System.Exception</c> that does not pass HttpExceptions through.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatchAllHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.CatchAllHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlerBodies(context, known, (block, handler) =>
        {
            var catchAll = handler.Keys.FirstOrDefault(k => SymbolEqualityComparer.Default.Equals(k.KeyClass, known.Exception));
            if (catchAll is null || TestsForHttpException(block.OperationBlocks, known))
            {
                return;
            }

            var properties = handler.ExceptionParameter is { } parameter && ReturnsResult(handler.Method, known)
                ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Parameter, parameter.Name)
                : ImmutableDictionary<string, string?>.Empty;
            block.ReportDiagnostic(Diagnostic.Create(Rule, catchAll.Location, properties));
        });

    /// <summary>Any type test for HttpException or a subclass counts as handling HTTP errors on purpose.</summary>
    private static bool TestsForHttpException(ImmutableArray<IOperation> blocks, KnownSymbols known) =>
        HandlerBody.Operations(blocks).Any(operation => operation switch
        {
            IIsTypeOperation isType => known.IsHttpException(isType.TypeOperand),
            ITypePatternOperation typePattern => known.IsHttpException(typePattern.MatchedType),
            IDeclarationPatternOperation declaration => declaration.MatchedType is { } matched && known.IsHttpException(matched),
            _ => false,
        });

    /// <summary>
    /// Whether the fix can return the exception: the handler answers with exactly <c>IResult</c>, directly or awaited in
    /// an async method (a subtype, an MVC result or a string cannot hold an <c>HttpException</c>).
    /// </summary>
    private static bool ReturnsResult(IMethodSymbol method, KnownSymbols known) =>
        known.Unwrap(method.ReturnType) is var (answer, awaitable)
        && SymbolEqualityComparer.Default.Equals(answer, known.IResult)
        && (awaitable is null || method.IsAsync);
}
