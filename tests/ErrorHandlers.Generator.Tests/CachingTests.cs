using ErrorHandlers.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Generator.Tests;

/// <summary>The pipeline caches: edits that cannot change the table regenerate nothing.</summary>
public sealed class CachingTests
{
    private const string Handlers = """
        using ErrorHandlers;
        using Microsoft.AspNetCore.Http;

        namespace App;

        internal static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.Text("missing", statusCode: 404);

            internal static int Unrelated() => 1;
        }
        """;

    private const string Other = """
        namespace App;

        internal static class Other
        {
            internal static int Answer() => 42;
        }
        """;

    private static readonly string[] AllSteps = [TrackingNames.Handlers, TrackingNames.SortedHandlers, TrackingNames.Imports, TrackingNames.Target];

    [Test]
    public void A_rerun_on_a_cloned_compilation_is_all_cached()
    {
        var first = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Handlers, Other));

        var second = first.Rerun(first.Input.Clone());

        CachingAssert.NothingRegenerated(second, AllSteps);
    }

    [Test]
    public void An_edit_to_an_unrelated_file_regenerates_nothing()
    {
        var first = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Handlers, Other));

        var second = first.Rerun(Replace(first.Input, 1, Other.Replace("42", "43", StringComparison.Ordinal)));

        CachingAssert.NothingRegenerated(second, AllSteps);
    }

    [Test]
    public void An_edit_to_an_unrelated_member_of_a_handler_class_regenerates_nothing()
    {
        var first = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Handlers, Other));

        var second = first.Rerun(Replace(first.Input, 0, Handlers.Replace("=> 1;", "=> 2;", StringComparison.Ordinal)));

        Assert.That(CachingAssert.Reasons(second, TrackingNames.Handlers), Is.EqualTo(new[] { IncrementalStepRunReason.Unchanged }));
        Assert.That(CachingAssert.OutputReasons(second), Is.All.EqualTo(IncrementalStepRunReason.Cached));
    }

    [Test]
    public void A_changed_attribute_argument_regenerates_the_table()
    {
        var first = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Handlers, Other));

        var second = first.Rerun(Replace(first.Input, 0, Handlers.Replace("[ErrorHandler(404)]", "[ErrorHandler(410)]", StringComparison.Ordinal)
            .Replace("NotFoundException e", "GoneException e", StringComparison.Ordinal)));

        Assert.That(CachingAssert.Reasons(second, TrackingNames.Handlers), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
        Assert.That(CachingAssert.OutputReasons(second), Does.Contain(IncrementalStepRunReason.Modified));
        Assert.That(second.Source(DispatchTableEmitter.HintName), Does.Contain("case 410:").And.Not.Contain("case 404:"));
    }

    private static Compilation Replace(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, old.FilePath));
    }
}
