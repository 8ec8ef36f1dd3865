using System.Collections.Immutable;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// What every rule does the same way: skip generated code, run concurrently, and resolve the known symbols once
/// per compilation, doing nothing when the compilation does not reference ErrorHandlers.
/// </summary>
public abstract class ErrorHandlerAnalyzer : DiagnosticAnalyzer
{
    /// <param name="rule">The rule's descriptor.</param>
    /// <param name="variants">The rule's other messages (<see cref="Descriptors.Variants"/>), for cases its first message does not fit.</param>
    private protected ErrorHandlerAnalyzer(DiagnosticDescriptor rule, params DiagnosticDescriptor[] variants)
    {
        Rule = rule;
        SupportedDiagnostics = ImmutableArray.Create([rule, .. variants]);
    }

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected DiagnosticDescriptor Rule { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownSymbols.For(start.Compilation) is { } known)
            {
                Register(start, known);
            }
        });
    }

    private protected abstract void Register(CompilationStartAnalysisContext context, KnownSymbols known);

    /// <summary>Runs <paramref name="analyze"/> on every handler method.</summary>
    private protected static void OnHandlers(CompilationStartAnalysisContext context, KnownSymbols known, System.Action<SymbolAnalysisContext, HandlerDeclaration> analyze) =>
        context.RegisterSymbolAction(
            symbol =>
            {
                if (HandlerDeclaration.Read((IMethodSymbol)symbol.Symbol, known, symbol.CancellationToken) is { } handler)
                {
                    analyze(symbol, handler);
                }
            },
            SymbolKind.Method);

    /// <summary>Runs <paramref name="analyze"/> on the body of every handler method.</summary>
    private protected static void OnHandlerBodies(CompilationStartAnalysisContext context, KnownSymbols known, System.Action<OperationBlockAnalysisContext, HandlerDeclaration> analyze) =>
        context.RegisterOperationBlockAction(block =>
        {
            if (block.OwningSymbol is IMethodSymbol method
                && HandlerDeclaration.Read(method, known, block.CancellationToken) is { } handler)
            {
                analyze(block, handler);
            }
        });
}
