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

    private static bool ReturnsResult(IMethodSymbol method, KnownSymbols known) =>
        method.ReturnType is INamedTypeSymbol returnType
        && (SymbolEqualityComparer.Default.Equals(returnType, known.IResult)
            || (method.IsAsync && returnType.IsGenericType && SymbolEqualityComparer.Default.Equals(returnType.TypeArguments[0], known.IResult)));
}
