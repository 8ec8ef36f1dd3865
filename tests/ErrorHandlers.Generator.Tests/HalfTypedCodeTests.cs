using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Generator.Tests;

/// <summary>docs/design.md, The generator: whatever half-typed code the IDE hands it, the generator does not throw.</summary>
[Category("Slow")]
public sealed class HalfTypedCodeTests
{
    private const int CutsPerFile = 24;

    public static IEnumerable<TestCaseData> SampleFiles() =>
        TestCompilation.SourceFiles(RepositoryPaths.Sample)
            .Where(path => File.ReadAllText(path).Contains("ErrorHandler", StringComparison.Ordinal))
            .Select(path => new TestCaseData(path).SetName($"Every cut of {Path.GetRelativePath(RepositoryPaths.Sample, path)}"));

    /// <summary>Found by the fuzzer: each of these made the table repeat the user's error as one of its own.</summary>
    [TestCase("public static class Handlers { [ErrorHandler(404)] public static IResult NotFound(NotFoundException e, HttpReq request) => e; }", TestName = "A parameter type still being typed")]
    [TestCase("public static class { [ErrorHandler(404)] public static IResult NotFound(NotFoundException e) => e; }", TestName = "A class without a name yet")]
    [TestCase("namespace Shop; [ErrorHandler(404)] public static IResult NotFound(NotFoundException e) => e;", TestName = "A method typed straight into a namespace")]
    public void Half_typed_handlers_are_left_out_rather_than_emitted_broken(string source)
    {
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("HalfTyped", TestCompilation.WebUsings, source));

        Assert.That(run.Result.Exception, Is.Null);
        Assert.That(run.GeneratedCodeErrors(), Is.Empty);
    }

    [TestCaseSource(nameof(SampleFiles))]
    public void Generates_without_an_exception_from_every_truncation(string path)
    {
        var source = File.ReadAllText(path);
        var compilation = TestCompilation.FromFolder("ErrorHandlers.Sample", RepositoryPaths.Sample);
        var tree = compilation.SyntaxTrees.Single(t => Path.Combine(RepositoryPaths.Sample, t.FilePath) == path);
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(compilation);

        for (var cut = 0; cut < CutsPerFile; cut++)
        {
            var length = source.Length * cut / CutsPerFile;
            var truncated = CSharpSyntaxTree.ParseText(source[..length], TestCompilation.ParseOptions, tree.FilePath);
            var current = compilation.ReplaceSyntaxTree(tree, truncated);

            run = run.Rerun(current);

            Assert.That(run.Result.Exception, Is.Null, $"cut at {length}");
            Assert.That(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id == "CS8785"), Is.Empty, $"cut at {length}");
            Assert.That(run.GeneratedCodeErrors(), Is.Empty, $"generated code at cut {length}");
        }
    }
}
