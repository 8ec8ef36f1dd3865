using System.Text.RegularExpressions;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// The benchmarks are too slow for CI, but they must keep building and running: every benchmark runs one dry
/// iteration, in this process's build, and the harness reports each one executed.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed partial class BenchmarkSmokeTests
{
    /// <summary>Dispatch: 3 sizes × 5 cases × 4 lookups; hand-written: 4 cases × 2; build: 2; error paths: 7 paths × 2.</summary>
    private const int Benchmarks = (3 * 5 * 4) + (4 * 2) + 2 + (7 * 2);

    [Test]
    public async Task Every_benchmark_runs_one_iteration()
    {
        var benchmarks = Path.Combine(RepositoryPaths.Root, "artifacts", "bin", "ErrorHandlers.Benchmarks", "debug", "ErrorHandlers.Benchmarks.dll");
        using var folder = new ScratchProject();

        var output = await DotnetCommand.SucceedAsync(folder.Path, benchmarks, "--filter", "*", "--job", "dry", "--inProcess");

        Assert.That(Executed().Match(output).Groups["count"].Value, Is.EqualTo(Benchmarks.ToString(System.Globalization.CultureInfo.InvariantCulture)), output);
    }

    [GeneratedRegex(@"Global total time: .*, executed benchmarks: (?<count>\d+)")]
    private static partial Regex Executed();
}
