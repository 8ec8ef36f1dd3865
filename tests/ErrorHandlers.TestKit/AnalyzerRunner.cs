using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>Runs analyzers over a compilation as the compiler does, and fails the test when one throws (AD0001).</summary>
public static class AnalyzerRunner
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

    /// <summary>Diagnostics as <c>ID (line,column)-(line,column): message</c>, for readable failures.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return $"  {d.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {d.GetMessage()}";
        }));
}
