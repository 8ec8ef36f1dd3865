using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ErrorHandlers.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/ErrorHandlers.Benchmarks -- --filter '*' --inProcess</c>
/// (docs/performance.md has the exact commands and the figures).
/// </summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(
            args,
            // The smoke test runs a Debug build of the solution; real figures come from -c Release.
            DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
}
