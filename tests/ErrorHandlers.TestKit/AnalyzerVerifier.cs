using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Verifies one analyzer on marked-up source, as Microsoft.CodeAnalysis.Testing's <c>AnalyzerVerifier</c>: every
/// diagnostic it reports is marked, and every mark is reported, with the exact span. The source gets the usings
/// of a web project and must compile.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static async Task VerifyAsync(string markup, params string[] otherSources)
    {
        var (source, expected) = Markup.Parse(markup);
        var compilation = TestCompilation.Create("Tests", [TestCompilation.WebUsings, source, .. otherSources]);
        AssertCompiles(compilation);

        var analyzer = new TAnalyzer();
        var defaultId = analyzer.SupportedDiagnostics.Single().Id;
        var actual = (await AnalyzerRunner.RunAsync(compilation, analyzer))
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        var wanted = expected.Select(e => (Id: e.Id ?? defaultId, e.Span)).OrderBy(e => e.Span.Start).ToList();

        var matches = actual.Count == wanted.Count
            && actual.Zip(wanted).All(pair => pair.First.Id == pair.Second.Id
                && pair.First.Location.SourceTree?.FilePath == "Source1.cs"
                && pair.First.Location.SourceSpan == pair.Second.Span);
        Assert.That(matches, $"""
            expected:
            {string.Join("\n", wanted.Select(w => $"  {w.Id} at {Describe(source, w.Span)}"))}
            actual:
            {AnalyzerRunner.Describe(actual)}
            """);
    }

    /// <summary>The compiler's errors, except those a test marks as intended with <paramref name="allowed"/>.</summary>
    public static void AssertCompiles(Compilation compilation, params string[] allowed) =>
        Assert.That(
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !allowed.Contains(d.Id)),
            Is.Empty,
            "the test source does not compile");

    private static string Describe(string source, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var line = source[..span.Start].Count(c => c == '\n') + 1;
        return $"line {line}: '{source[span.Start..span.End]}'";
    }
}
