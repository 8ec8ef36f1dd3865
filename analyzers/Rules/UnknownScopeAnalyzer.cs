using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0013: <c>WithErrorHandlerScope("x")</c> where no <c>[ErrorHandlerScope("x")]</c> exists.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownScopeAnalyzer() : ErrorHandlerAnalyzer(Descriptors.UnknownScope)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        var declared = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var uses = new ConcurrentBag<ScopeUse>();
        context.RegisterSymbolAction(
            symbol =>
            {
                if (ScopeDeclaration.OnType((INamedTypeSymbol)symbol.Symbol, known) is { Name: { } name })
                {
                    declared[name] = true;
                }
            },
            SymbolKind.NamedType);
        context.RegisterOperationAction(
            operation =>
            {
                if (ScopeUse.Of((IInvocationOperation)operation.Operation, known) is { IsValidName: true } use)
                {
                    uses.Add(use);
                }
            },
            OperationKind.Invocation);

        context.RegisterCompilationEndAction(end =>
        {
            var names = declared.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
            foreach (var use in uses.Where(u => !declared.ContainsKey(u.Name)))
            {
                var suggestion = Nearest(use.Name, names);
                var properties = suggestion is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Suggestion, suggestion);
                end.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    use.Argument.Value.Syntax.GetLocation(),
                    properties,
                    use.Name,
                    suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?"));
            }
        });
    }

    /// <summary>The declared name within a third of the name's length in edits (at least two), the closest first.</summary>
    private static string? Nearest(string name, System.Collections.Generic.IReadOnlyList<string> declared) =>
        declared
            .Select(candidate => (candidate, distance: Distance(name, candidate)))
            .Where(c => c.distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.distance)
            .Select(c => c.candidate)
            .FirstOrDefault();

    /// <summary>Levenshtein distance, case-insensitive: <c>Blog</c> is one edit from <c>blog</c>.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + substitution);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
