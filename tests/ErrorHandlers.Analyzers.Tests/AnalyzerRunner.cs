using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>
/// Runs analyzers over a compilation as the compiler does, and fails the test when one throws (AD0001): for the tests
/// that run every rule over many inputs (fuzzing, the docs' examples, the sample), where the test kit's exact
/// expectations do not apply.
/// </summary>
internal static class AnalyzerRunner
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var failures = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync();

        Assert.That(failures, Is.Empty, "an analyzer threw");
        Assert.That(diagnostics.Where(d => d.Id == "AD0001"), Is.Empty, "an analyzer threw");
        return diagnostics;
    }

    /// <summary>The compiler's errors, except those a test marks as intended with <paramref name="allowed"/>.</summary>
    public static void AssertCompiles(Compilation compilation, params string[] allowed) =>
        Assert.That(
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !allowed.Contains(d.Id)),
            Is.Empty,
            "the test source does not compile");

    /// <summary>Diagnostics as <c>ID (line,column)-(line,column): message</c>, for readable failures.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"  {d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {d.GetMessage()}";
        }));
}
