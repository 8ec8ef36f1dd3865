using System.Text.RegularExpressions;
using ErrorHandlers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>
/// Every C# block of the README and of docs/ compiles, with the generator, as a web project would compile it; and has
/// exactly the ErrorHandlers diagnostics announced by a <c>&lt;!-- expect: EH0001 --&gt;</c> line before it (none
/// when there is no such line). The generated-table page shows exactly what the generator writes.
/// </summary>
public sealed partial class DocsTests
{
    private const string GeneratedTablePage = "generated-table.md";

    public static IEnumerable<TestCaseData> Blocks()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
            .Append(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Order(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var blocks = CSharpBlocks(File.ReadAllText(page)).ToList();
            var name = Path.GetRelativePath(RepositoryPaths.Root, page);
            for (var i = 0; i < blocks.Count; i++)
            {
                if (Path.GetFileName(page) == GeneratedTablePage && i == 1)
                {
                    continue;
                }

                yield return new TestCaseData(blocks[i].Code, blocks[i].Expected).SetName($"{name}, C# block {i + 1}");
            }
        }
    }

    [TestCaseSource(nameof(Blocks))]
    public async Task Compiles_with_the_diagnostics_it_announces(string code, string[] expected)
    {
        var tree = CSharpSyntaxTree.ParseText(code, TestCompilation.ParseOptions, "Block.cs");
        var program = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Docs",
            [CSharpSyntaxTree.ParseText(TestCompilation.ImplicitUsings, TestCompilation.ParseOptions, "Usings.cs"), tree],
            TestCompilation.References,
            TestCompilation.LibraryOptions.WithOutputKind(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary));

        var run = GeneratorRun.Start<ErrorHandlerGenerator>(compilation);
        var diagnostics = await AnalyzerRunner.RunAsync(run.Output, [.. AllAnalyzers.Create()]);

        Assert.That(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the block does not compile");
        Assert.That(diagnostics.Select(d => d.Id).Where(id => id.StartsWith("EH", StringComparison.Ordinal)).Distinct().Order(), Is.EqualTo(expected.Order()),
            AnalyzerRunner.Describe(diagnostics));
    }

    [Test]
    public void The_generated_table_page_shows_what_the_generator_writes()
    {
        var page = Path.Combine(RepositoryPaths.Root, "docs", GeneratedTablePage);
        var blocks = CSharpBlocks(File.ReadAllText(page)).ToList();
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("Shop", TestCompilation.ImplicitUsings, blocks[0].Code));

        var generated = Snapshot.WithoutGeneratorVersion(run.Source("ErrorHandlers.DispatchTable.g.cs").TrimEnd('\n'));

        if (generated != blocks[1].Code)
        {
            File.WriteAllText(Path.ChangeExtension(page, ".received.txt"), generated);
        }

        Assert.That(blocks[1].Code, Is.EqualTo(generated), "the page's second block; the generator's output is in generated-table.received.txt");
    }

    /// <summary>
    /// The code cites the rules it keeps by <c>docs/design.md</c> and a section's name: every such citation names a section the page
    /// has, and nothing cites the specification the project started from, which the repository does not carry.
    /// </summary>
    [Test]
    public void Every_citation_of_the_design_names_one_of_its_sections()
    {
        var sections = Regex.Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "design.md")), @"^## (?<name>.+)$", RegexOptions.Multiline)
            .Select(m => m.Groups["name"].Value.TrimEnd())
            .ToList();
        var sources = new[] { "*.cs", "*.md" }
            .SelectMany(pattern => Directory.EnumerateFiles(RepositoryPaths.Root, pattern, SearchOption.AllDirectories))
            .Where(path => !Path.GetRelativePath(RepositoryPaths.Root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "artifacts" or "bin" or "obj" or ".git"));

        var citations = 0;
        foreach (var path in sources)
        {
            var text = File.ReadAllText(path);
            var name = Path.GetRelativePath(RepositoryPaths.Root, path);
            Assert.That(text, Does.Not.Contain("SPEC \u00A7"), name);
            foreach (Match citation in Regex.Matches(text, @"docs/design\.md, (?<rest>[^\n]+)"))
            {
                citations++;
                Assert.That(sections.Any(section => citation.Groups["rest"].Value.StartsWith(section, StringComparison.Ordinal)), Is.True, $"{name}: {citation.Value}");
            }
        }

        Assert.That(citations, Is.GreaterThan(20), "the citations were not found");
    }

    private static IEnumerable<(string Code, string[] Expected)> CSharpBlocks(string markdown) =>
        Block().Matches(markdown.ReplaceLineEndings("\n")).Select(m => (
            m.Groups["code"].Value,
            m.Groups["expect"].Success ? m.Groups["expect"].Value.Split(',', StringSplitOptions.TrimEntries) : Array.Empty<string>()));

    [GeneratedRegex(@"(?:<!-- expect: (?<expect>[^>]+) -->\n)?```csharp\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
