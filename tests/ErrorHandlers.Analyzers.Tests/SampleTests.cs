using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>The sample is the product's example: it must stay free of every ErrorHandlers diagnostic.</summary>
public sealed class SampleTests
{
    [Test]
    public async Task The_sample_has_no_EH_diagnostics()
    {
        var compilation = TestCompilation.FromFolder("ErrorHandlers.Sample", Path.Combine(RepositoryPaths.Root, "sample"));

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, [.. AllAnalyzers.Create()]);

        Assert.That(compilation.SyntaxTrees.Count(), Is.GreaterThan(10));
        Assert.That(diagnostics.Where(d => d.Id.StartsWith("EH", StringComparison.Ordinal)), Is.Empty, AnalyzerRunner.Describe(diagnostics));
    }
}
