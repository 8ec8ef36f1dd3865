using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>Every analyzer the package ships, found in the analyzer assembly, and the repository's folders.</summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
    [
        .. typeof(ErrorHandlerAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];
}
