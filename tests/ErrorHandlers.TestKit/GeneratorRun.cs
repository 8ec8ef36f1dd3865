using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.TestKit;

/// <summary>One run of an incremental generator, with its steps tracked so caching can be asserted.</summary>
public sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Diagnostics = diagnostics;
        Result = driver.GetRunResult().Results.Single();
    }

    public GeneratorDriver Driver { get; }

    public Compilation Input { get; }

    /// <summary>The input compilation with the generated sources added.</summary>
    public Compilation Output { get; }

    /// <summary>Diagnostics the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public GeneratorRunResult Result { get; }

    /// <summary>Runs <typeparamref name="TGenerator"/> once over <paramref name="compilation"/>.</summary>
    public static GeneratorRun Start<TGenerator>(Compilation compilation)
        where TGenerator : IIncrementalGenerator, new()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new TGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return Run(driver, compilation);
    }

    /// <summary>Runs the same driver again over a changed (or cloned) compilation, as the IDE does after an edit.</summary>
    public GeneratorRun Rerun(Compilation compilation) => Run(Driver, compilation);

    /// <summary>The text of the generated file named <paramref name="hintName"/>.</summary>
    public string Source(string hintName) =>
        Result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Compiler diagnostics (warnings included) located in the generated files.</summary>
    public IReadOnlyList<Diagnostic> GeneratedCodeDiagnostics()
    {
        var generated = Output.SyntaxTrees.Except(Input.SyntaxTrees).ToHashSet();
        return [.. Output.GetDiagnostics().Where(d => d.Location.SourceTree is { } tree && generated.Contains(tree))];
    }

    /// <summary>
    /// Compiler errors in the generated files, from each file's own semantic model: errors come from binding, so binding
    /// the generated files is enough, where <see cref="GeneratedCodeDiagnostics"/> binds every file of the application
    /// (for its warnings). For tests that rerun the generator hundreds of times.
    /// </summary>
    public IReadOnlyList<Diagnostic> GeneratedCodeErrors() =>
        [.. Output.SyntaxTrees.Except(Input.SyntaxTrees)
            .SelectMany(tree => Output.GetSemanticModel(tree).GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)];

    private static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }
}
