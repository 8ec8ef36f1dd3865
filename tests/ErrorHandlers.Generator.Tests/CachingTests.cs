using System.Collections;
using System.Reflection;
using ErrorHandlers.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Generator.Tests;

/// <summary>
/// The pipeline caches: edits that cannot change the table regenerate nothing, and no step holds on to a Roslyn object,
/// which would keep a whole compilation alive and compare unequal on every run.
/// </summary>
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

    private const string Library = """
        using ErrorHandlers;
        using Microsoft.AspNetCore.Http;

        namespace Shop;

        [ErrorHandlerScope("shop")]
        internal static class ShopErrors
        {
            [ErrorHandler(409)]
            internal static IResult Conflict(ConflictException e) => Results.Text("shop", statusCode: 409);
        }
        """;

    /// <summary>Every step the generator names, read from <see cref="TrackingNames"/>, so that a new one is checked too.</summary>
    private static readonly string[] AllSteps = [.. typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)];

    private static readonly Type[] RoslynObjects = [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation), typeof(Location), typeof(AttributeData)];

    [Test]
    public void Every_named_step_runs_and_its_outputs_hold_only_values()
    {
        var library = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("Shop", Library));
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", [TestCompilation.Reference(library.Output)], Handlers, Other));

        Assert.That(AllSteps, Has.Length.GreaterThanOrEqualTo(5));
        Assert.That(run.Result.TrackedSteps.Keys, Is.SupersetOf(AllSteps));
        foreach (var name in AllSteps)
        {
            var values = run.Result.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            Assert.That(values, Is.Not.Empty, name);
            foreach (var value in values)
            {
                Assert.That(RoslynObjectsIn(value), Is.Empty, $"the step {name} holds Roslyn objects");
            }
        }
    }

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
    public void An_edit_inside_a_handlers_body_leaves_the_table_cached()
    {
        var first = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Handlers, Other));

        var second = first.Rerun(Replace(first.Input, 0, Handlers.Replace("\"missing\"", "\"not here\"", StringComparison.Ordinal)));

        Assert.That(CachingAssert.Reasons(second, TrackingNames.Handlers), Is.EqualTo(new[] { IncrementalStepRunReason.Unchanged }),
            "the handler is read again, and its model is equal");
        Assert.That(CachingAssert.Reasons(second, TrackingNames.Table), Is.All.EqualTo(IncrementalStepRunReason.Cached));
        Assert.That(CachingAssert.OutputReasons(second), Is.All.EqualTo(IncrementalStepRunReason.Cached));
    }

    [Test]
    public void A_changed_attribute_argument_regenerates_the_table()
    {
        var first = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Handlers, Other));

        var second = first.Rerun(Replace(first.Input, 0, Handlers.Replace("[ErrorHandler(404)]", "[ErrorHandler(410)]", StringComparison.Ordinal)
            .Replace("NotFoundException e", "GoneException e", StringComparison.Ordinal)));

        Assert.That(CachingAssert.Reasons(second, TrackingNames.Handlers), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
        Assert.That(CachingAssert.Reasons(second, TrackingNames.Table), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }), "a new key, a new table");
        Assert.That(CachingAssert.OutputReasons(second), Does.Contain(IncrementalStepRunReason.Modified));
        Assert.That(second.Source(DispatchTableEmitter.HintName), Does.Contain("(410, global::ErrorHandlers.GoneException)").And.Not.Contain("(404, "));
    }

    /// <summary>The types of every Roslyn object reachable from <paramref name="value"/> through fields and items.</summary>
    private static IEnumerable<string> RoslynObjectsIn(object? value)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object?>([value]);
        while (pending.TryPop(out var current))
        {
            if (current is null or string || current.GetType().IsPrimitive || current.GetType().IsEnum || !seen.Add(current))
            {
                continue;
            }

            if (RoslynObjects.Any(type => type.IsInstanceOfType(current)))
            {
                yield return current.GetType().Name;
                continue;
            }

            if (current is IEnumerable items)
            {
                foreach (var item in items)
                {
                    pending.Push(item);
                }
            }

            for (var type = current.GetType(); type is not null; type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    pending.Push(field.GetValue(current));
                }
            }
        }
    }

    private static Compilation Replace(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions, old.FilePath));
    }
}
