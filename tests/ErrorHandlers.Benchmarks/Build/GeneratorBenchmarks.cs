using System.Text;
using BenchmarkDotNet.Attributes;
using ErrorHandlers.Generator;
using ErrorHandlers.TestKit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Benchmarks.Build;

/// <summary>
/// The generator on a synthetic project of 5,000 handlers in 50 scopes: a full run on a fresh compilation, and the run
/// after an edit to an unrelated file, which the IDE does on every keystroke (every step cached).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
[InvocationCount(1, 1)]
public class GeneratorBenchmarks
{
    private const int Scopes = 50;
    private const int HandlersPerScope = 100;

    private Compilation _compilation = null!;
    private Compilation _edited = null!;
    private GeneratorRun _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = new List<string> { TestCompilation.WebUsings, "namespace Bench; public static class Unrelated { public static int Answer() => 42; }" };
        for (var scope = 0; scope < Scopes; scope++)
        {
            var file = new StringBuilder($"namespace Bench;\n\n[ErrorHandlerScope(\"scope{scope}\")]\npublic static class Handlers{scope}\n{{\n");
            for (var handler = 0; handler < HandlersPerScope; handler++)
            {
                file.Append($"    public sealed class E{handler} : System.Exception {{ }}\n");
                file.Append($"    [ErrorHandler] public static IResult H{handler}(E{handler} e) => Results.StatusCode(500);\n");
            }

            files.Add(file.Append("}\n").ToString());
        }

        _compilation = TestCompilation.Create("Bench", [.. files]);
        var unrelated = _compilation.SyntaxTrees.ElementAt(1);
        _edited = _compilation.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(
            "namespace Bench; public static class Unrelated { public static int Answer() => 43; }", TestCompilation.ParseOptions, unrelated.FilePath));
    }

    [IterationSetup(Target = nameof(UnrelatedEdit))]
    public void Warm() => _warm = GeneratorRun.Start<ErrorHandlerGenerator>(_compilation.Clone());

    /// <summary>A fresh compilation: every handler read, the table written.</summary>
    [Benchmark]
    public object FullRun() => GeneratorRun.Start<ErrorHandlerGenerator>(_compilation.Clone()).Result;

    /// <summary>After an unrelated edit: nothing is regenerated.</summary>
    [Benchmark]
    public object UnrelatedEdit() => _warm.Rerun(_edited).Result;
}
