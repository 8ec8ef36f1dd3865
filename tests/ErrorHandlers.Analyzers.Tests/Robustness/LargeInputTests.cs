using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using ErrorHandlers.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Tests.Robustness;

/// <summary>
/// The generator and the analyzers over a large body of C#, every <c>.cs</c> file of this repository (which do not
/// compile as one project: real code, wrongly assembled) and a generated 50,000-line application, with the time each
/// takes printed for docs/reliability.md. Neither throws, and no handler leaves the table in silence.
/// </summary>
[Category("Slow")]
public sealed class LargeInputTests
{
    private const int GeneratedFiles = 1_000;

    [Test]
    public async Task Every_cs_file_of_the_repository_as_one_compilation()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "artifacts" or ".git"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var compilation = CSharpCompilation.Create(
            "Repository",
            files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), TestCompilation.ParseOptions, path))
                .Prepend(CSharpSyntaxTree.ParseText(TestCompilation.ImplicitUsings, TestCompilation.ParseOptions, "ImplicitUsings.g.cs")),
            TestCompilation.References,
            TestCompilation.LibraryOptions);

        var (generated, diagnostics) = await RunBothAsync(compilation, $"{files.Count} repository files");

        Assert.That(SilentHandlers.In(generated, compilation, diagnostics), Is.Empty);
        Assert.That(generated.Source("ErrorHandlers.DispatchTable.g.cs"), Does.Contain(" ??= new("), "the sample's and the benchmarks' handlers that compile here are in the table");
    }

    [Test]
    public async Task A_generated_50000_line_application()
    {
        var sources = Enumerable.Range(0, GeneratedFiles).Select(GeneratedFile).Prepend(TestCompilation.ImplicitUsings + "global using ErrorHandlers;\n").ToArray();
        var lines = sources.Sum(source => source.Count(c => c == '\n'));
        var compilation = TestCompilation.Create("Generated50k", sources);

        var (generated, diagnostics) = await RunBothAsync(compilation, $"{lines} generated lines in {sources.Length} files");

        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the generated application is correct C#");
        Assert.That(generated.GeneratedCodeErrors(), Is.Empty);
        Assert.That(diagnostics, Is.Empty, "it has no mistakes to report:\n" + AnalyzerRunner.Describe(diagnostics.Take(10)));
        Assert.That(generated.Source("ErrorHandlers.DispatchTable.g.cs"), Does.Contain($"\"scope{GeneratedFiles - 1}\""));
        Assert.That(SilentHandlers.In(generated, compilation, diagnostics), Is.Empty, "with no finding, every handler is in the table");
    }

    private static async Task<(GeneratorRun Generated, ImmutableArray<Diagnostic> Diagnostics)> RunBothAsync(Compilation compilation, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        var generated = GeneratorRun.Start<ErrorHandlerGenerator>(compilation);
        var generatorTime = stopwatch.Elapsed;
        Assert.That(generated.Result.Exception, Is.Null);
        Assert.That(generated.Diagnostics.Where(d => d.Id == "CS8785"), Is.Empty);

        stopwatch.Restart();
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, [.. AllAnalyzers.Create()]);
        var analyzerTime = stopwatch.Elapsed;

        TestContext.Out.WriteLine($"{what}: generator {generatorTime.TotalSeconds:F2} s, analyzers {analyzerTime.TotalSeconds:F2} s (semantic model included), {diagnostics.Length} findings {string.Join(" ", diagnostics.Select(d => d.Id).Distinct().Order())}");
        return (generated, diagnostics);
    }

    /// <summary>One module of a shop: its exceptions, a scope with handlers, ordinary code, and its endpoints.</summary>
    private static string GeneratedFile(int i)
    {
        var code = new StringBuilder();
        code.AppendLine($$"""
            namespace Shop.Module{{i}};

            public class Module{{i}}Exception(string message) : Exception(message);

            public sealed class Module{{i}}TimeoutException() : Module{{i}}Exception("timed out");

            public sealed class Module{{i}}ConflictException() : HttpException(409, "module {{i}} conflict");

            [ErrorHandlerScope("scope{{i}}")]
            public static class Module{{i}}Errors
            {
                [ErrorHandler(410)]
                public static IResult Gone(GoneException e, HttpRequest request) =>
                    Results.Problem(statusCode: e.StatusCode, title: e.Name, detail: request.Path);

                [ErrorHandler]
                public static IResult Failed(Module{{i}}Exception e) => Results.Problem(statusCode: 503, detail: "try again");

                [ErrorHandler(typeof(Module{{i}}ConflictException))]
                public static async Task<IResult> Conflict(Module{{i}}ConflictException e, CancellationToken cancellationToken)
                {
                    await Task.Yield();
                    return Results.Problem(statusCode: e.StatusCode, detail: e.Description);
                }
            }

            public sealed class Module{{i}}Service
            {
                private readonly Dictionary<int, string> _items = new();

                public string Find(int id) =>
                    _items.TryGetValue(id, out var item) ? item : throw new NotFoundException($"item {id}");

                public void Add(int id, string name)
                {
                    if (!_items.TryAdd(id, name))
                    {
                        throw new Module{{i}}ConflictException();
                    }
                }
            }

            public static class Module{{i}}Routes
            {
                public static void Map(WebApplication app)
                {
                    var group = app.MapGroup("/module{{i}}").WithErrorHandlerScope("scope{{i}}");
                    group.MapGet("/{id:int}", (int id) => new Module{{i}}Service().Find(id));
                    group.MapDelete("/{id:int}", (int id) => Abort.Result(410, $"item {id} was removed"));
                    group.MapGet("/slow", () => { throw new Module{{i}}TimeoutException(); });
                }
            }
            """);
        return code.ToString();
    }
}
