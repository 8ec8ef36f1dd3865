using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>
/// The examples of each rule's page are real: the "Triggers" block compiles and reports the rule, the "Does not
/// trigger" block compiles and reports no ErrorHandlers diagnostic at all.
/// </summary>
public sealed partial class RuleDocsTests
{
    public static IEnumerable<TestCaseData> Pages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "analyzers", "docs"), "EH*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)).SetName(Path.GetFileName(path)));

    [TestCaseSource(nameof(Pages))]
    public async Task Triggers_and_does_not_trigger_as_the_page_says(string id, string page)
    {
        var triggers = await AnalyzeAsync(Block(page, "Triggers"));
        var clean = await AnalyzeAsync(Block(page, "Does not trigger"));

        Assert.That(triggers.Select(d => d.Id), Does.Contain(id), AnalyzerRunner.Describe(triggers));
        Assert.That(clean.Where(d => d.Id.StartsWith("EH", StringComparison.Ordinal)), Is.Empty, AnalyzerRunner.Describe(clean));
    }

    private static async Task<IReadOnlyList<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = TestCompilation.Create("Docs", TestCompilation.WebUsings, source);
        AnalyzerRunner.AssertCompiles(compilation);
        return await AnalyzerRunner.RunAsync(compilation, [.. AllAnalyzers.Create()]);
    }

    private static string Block(string page, string heading) =>
        CodeBlock().Match(page[page.IndexOf($"## {heading}\n", StringComparison.Ordinal)..]).Groups["code"].Value;

    [GeneratedRegex("```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
