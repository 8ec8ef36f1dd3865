using BenchmarkDotNet.Attributes;
using ErrorHandlers.Dispatch;

namespace ErrorHandlers.Benchmarks.Dispatch;

/// <summary>
/// The generated table for five handlers against the same lookup written by hand as plain <c>if</c>/<c>switch</c>
/// code: what a developer would write without a table. The target is "no slower".
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HandWrittenBenchmarks
{
    /// <summary>The five handlers' lookup by hand: it returns which handler answers, as the table does, without calling it.</summary>
    private const string HandWritten = """

        public static class HandWritten
        {
            public static string? Find(System.Exception exception, string[] scopes)
            {
                if (exception is ErrorHandlers.NotFoundException)
                {
                    return "AppHandlers.H1";
                }

                foreach (var scope in scopes)
                {
                    if (scope == "inner" && exception is InnerHit)
                    {
                        return "Handlers_inner.H0";
                    }

                    if (scope == "middle" && exception is Filler1_6)
                    {
                        return "Handlers_middle.H0";
                    }
                }

                if (exception is Filler0_6)
                {
                    return "AppHandlers.H2";
                }

                return exception is Probe1 ? "AppHandlers.H0" : null;
            }
        }
        """;

    private SyntheticApp _app = null!;
    private Func<Exception, string[], object?> _handWritten = null!;
    private Exception _exception = null!;
    private ScopeChain _chain;

    [Params("CodeHit", "InnerScopeClassHit", "Depth6", "Miss")]
    public string Case { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = SyntheticApp.Build(5, HandWritten);
        _handWritten = _app.Assembly.GetType("Bench.HandWritten")!.GetMethod("Find")!.CreateDelegate<Func<Exception, string[], object?>>();
        _chain = _app.Chain;
        _exception = Case switch
        {
            "CodeHit" => new NotFoundException(),
            "InnerScopeClassHit" => _app.Create("InnerHit"),
            "Depth6" => _app.Create("Probe6"),
            _ => _app.Create("Miss"),
        };
    }

    [Benchmark(Baseline = true)]
    public object? HandWrittenCode() => _handWritten(_exception, SyntheticApp.Scopes);

    [Benchmark]
    public object? Generated() => _app.Table.Find(_exception, _chain);
}
