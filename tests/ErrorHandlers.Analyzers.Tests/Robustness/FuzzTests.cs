using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;
using ErrorHandlers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Tests.Robustness;

/// <summary>
/// The generator and every analyzer on thousands of broken variants of real handler code. None may throw (no CS8785, no
/// AD0001), what they report must still point into the code and read as a sentence, and a handler the table leaves out
/// always gets a reason: an EH diagnostic on it, or a compiler error in it.
/// </summary>
[Category("Slow")]
[Parallelizable(ParallelScope.Children)]
public sealed class FuzzTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = AllAnalyzers.Create();

    public static IEnumerable<TestCaseData> Families()
    {
        yield return Family("truncated at every token, and inside it", Truncations(Seed.Handlers));
        yield return Family("one token deleted, for every token", Deletions(Seed.Handlers));
        yield return Family("attributes with wrong arguments", WrongArguments(Seed.Handlers));
        yield return Family("looping, recursive and odd types as keys", OddTypes());
        yield return Family("sample files truncated at every token", SampleFiles().SelectMany(file => Truncations(File.ReadAllText(file))));
        yield return Family("huge files", HugeFiles());

        static TestCaseData Family(string name, IEnumerable<string> sources) =>
            new TestCaseData(name, sources).SetName($"Fuzz: {name}");
    }

    [TestCaseSource(nameof(Families))]
    public async Task Neither_the_generator_nor_an_analyzer_throws(string family, IEnumerable<string> sources)
    {
        var count = 0;
        var stopwatch = Stopwatch.StartNew();
        GeneratorRun? run = null;
        foreach (var source in sources)
        {
            var compilation = TestCompilation.Create("Fuzzed", source);
            run = run is null ? GeneratorRun.Start<ErrorHandlerGenerator>(compilation) : run.Rerun(compilation);
            Assert.That(run.Result.Exception, Is.Null, source);
            Assert.That(run.Diagnostics.Where(d => d.Id == "CS8785"), Is.Empty, source);

            var diagnostics = await AnalyzerRunner.RunAsync(compilation, [.. Analyzers]);
            AssertSensible(compilation, diagnostics, source);
            AssertAddsNoErrors(run, compilation, source);
            Assert.That(SilentHandlers.In(run, compilation, diagnostics), Is.Empty, source);
            count++;
        }

        TestContext.Out.WriteLine($"{family}: {count} inputs in {stopwatch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The unbroken seed, for comparison: what the analyzers say about it is what its code deserves.</summary>
    [Test]
    public async Task The_seed_itself_gets_exactly_its_own_findings()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(TestCompilation.Create("Seed", Seed.Handlers), [.. Analyzers]);

        Assert.That(
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => $"{d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}"),
            Is.EqualTo(new[]
            {
                "EH0004 line 21", // MethodNotAllowedException, keyed twice on WrongMethod
                "EH0004 line 22", // 405, the same key
                "EH0001 line 42", // the teapot's string answers 200
                "EH0010 line 49", // blog's 404 handler never sees routing 404s
                "EH0001 line 53", // Results.Accepted answers 202
                "EH0014 line 62", // Abort.With(402) has no built-in class
            }));
    }

    /// <summary>
    /// The generated table adds no error of its own to half-typed code: at most it repeats one the user's code already
    /// shows (CS0315 for a type argument that breaks its constraint, which the table names as the user did).
    /// </summary>
    private static void AssertAddsNoErrors(GeneratorRun run, Compilation compilation, string source)
    {
        var errors = run.GeneratedCodeErrors();
        if (errors.Count == 0)
        {
            return;
        }

        var users = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.GetMessage()).ToHashSet();
        Assert.That(errors.Where(error => !users.Contains(error.GetMessage())), Is.Empty, source);
    }

    /// <summary>Located in the file, with a message that was formatted; the first ids of a rule are its own.</summary>
    private static void AssertSensible(Compilation compilation, ImmutableArray<Diagnostic> diagnostics, string source)
    {
        var tree = compilation.SyntaxTrees.Single();
        foreach (var diagnostic in diagnostics)
        {
            Assert.That(diagnostic.Id, Does.StartWith("EH"), source);
            Assert.That(diagnostic.Location.SourceTree, Is.SameAs(tree), $"{diagnostic} in\n{source}");
            Assert.That(diagnostic.Location.SourceSpan.End, Is.LessThanOrEqualTo(source.Length), $"{diagnostic} in\n{source}");
            var message = diagnostic.GetMessage();
            Assert.That(message, Is.Not.Empty.And.Not.Contain("{0}").And.Not.Contain("{1}"), $"{diagnostic} in\n{source}");
        }
    }

    private static IEnumerable<string> Truncations(string source)
    {
        foreach (var token in Tokens(source))
        {
            yield return source[..token.SpanStart];
            if (token.Span.Length > 1)
            {
                yield return source[..(token.SpanStart + (token.Span.Length / 2))];
            }
        }
    }

    private static IEnumerable<string> Deletions(string source) =>
        Tokens(source).Select(token => source.Remove(token.SpanStart, token.Span.Length));

    private static IEnumerable<string> WrongArguments(string source)
    {
        var attributes = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<AttributeSyntax>()
            .Where(a => a.Name.ToString() == "ErrorHandler")
            .ToList();
        foreach (var attribute in attributes)
        {
            var arguments = attribute.ArgumentList?.Span ?? new Microsoft.CodeAnalysis.Text.TextSpan(attribute.Span.End, 0);
            foreach (var bad in Seed.BadAttributeArguments)
            {
                yield return source[..arguments.Start] + "(" + bad + ")" + source[arguments.End..];
            }
        }
    }

    /// <summary>Each odd type, keyed directly, as a handler's parameter, and as a base of a user HTTP exception.</summary>
    private static IEnumerable<string> OddTypes()
    {
        foreach (var type in Seed.OddTypes)
        {
            var name = Regex.Match(type, @"(?:class|struct|interface|enum|delegate void) (\w+)").Groups[1].Value;
            var generic = type.Contains('<') ? "<int>" : string.Empty;
            yield return $$"""
                using ErrorHandlers;
                using Microsoft.AspNetCore.Http;
                {{type}}
                public static class Handlers
                {
                    [ErrorHandler(typeof({{name}}{{generic}}))]
                    public static IResult Keyed({{name}}{{generic}} e) => Results.Ok();

                    [ErrorHandler]
                    public static IResult ByParameter({{name}}{{generic}} e) => Results.Ok();

                    [ErrorHandler(typeof({{name}}<>))]
                    public static IResult Open(System.Exception e) => Results.Ok();
                }
                """;
        }
    }

    /// <summary>One file with 5,000 handlers, one method with 2,000 attributes, a megabyte argument, deep nesting.</summary>
    private static IEnumerable<string> HugeFiles()
    {
        const string Usings = "using ErrorHandlers;\nusing Microsoft.AspNetCore.Http;\n";
        yield return Usings + string.Concat(Enumerable.Range(0, 5_000).Select(i => $$"""
            public sealed class Failure{{i}} : System.Exception { }
            public static class Handlers{{i}} { [ErrorHandler] public static IResult Handle(Failure{{i}} e) => Results.Ok(); }

            """));
        yield return Usings + "public static class Many {\n"
            + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"[ErrorHandler({400 + (i % 200)})]\n"))
            + "public static IResult Handle(HttpException e) => e; }";
        yield return Usings + $"public static class Big {{ [ErrorHandler(\"{new string('x', 1_000_000)}\")] public static IResult Handle(NotFoundException e) => e; }}";
        yield return Usings + $"public static class Deep {{ [ErrorHandler({new string('(', 500)}404{new string(')', 500)})] public static IResult Handle(NotFoundException e) => {new string('(', 500)}e{new string(')', 500)}; }}";
    }

    private static IEnumerable<SyntaxToken> Tokens(string source) =>
        CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0);

    private static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "sample", "Errors"), "*.cs").Order(StringComparer.Ordinal);
}
