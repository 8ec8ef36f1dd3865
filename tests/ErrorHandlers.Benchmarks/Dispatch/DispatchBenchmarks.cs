using BenchmarkDotNet.Attributes;
using ErrorHandlers.Dispatch;

namespace ErrorHandlers.Benchmarks.Dispatch;

/// <summary>
/// Finding the handler for an exception, in a request inside three nested scopes: the generated table against a
/// run-time port of Flask's lookup (with and without a per-type cache) and an <c>IExceptionHandler</c>-style list.
/// The ratios compare each against the generated table (the baseline) in the same run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DispatchBenchmarks
{
    private SyntheticApp _app = null!;
    private FlaskPortTable _flask = null!;
    private CachedFlaskPortTable _cachedFlask = null!;
    private FirstMatchList _firstMatch = null!;
    private Exception _exception = null!;
    private ScopeChain _chain;
    private string[] _scopes = null!;

    /// <summary>Handlers in the application and its three scopes.</summary>
    [Params(5, 50, 500)]
    public int Handlers { get; set; }

    /// <summary>What is thrown: a 404 (code bucket, application), a class handled in the inner scope, a probe 1 or 6 classes below its handler's key, or a class nobody handles.</summary>
    [Params("CodeHit", "InnerScopeClassHit", "Depth1", "Depth6", "Miss")]
    public string Case { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _app = SyntheticApp.Build(Handlers);
        _flask = new FlaskPortTable(_app);
        _cachedFlask = new CachedFlaskPortTable(_flask);
        _firstMatch = new FirstMatchList(_app);
        _chain = _app.Chain;
        _scopes = SyntheticApp.Scopes;
        _exception = Case switch
        {
            "CodeHit" => new NotFoundException(),
            "InnerScopeClassHit" => _app.Create("InnerHit"),
            "Depth1" => _app.Create("Probe1"),
            "Depth6" => _app.Create("Probe6"),
            _ => _app.Create("Miss"),
        };

        if ((Generated() is null) != (Flask() is null))
        {
            throw new InvalidOperationException($"The generated table and the Flask port disagree on {Case}.");
        }
    }

    [Benchmark(Baseline = true)]
    public object? Generated() => _app.Table.Find(_exception, _chain);

    [Benchmark]
    public object? Flask() => _flask.Find(_exception, _scopes);

    [Benchmark]
    public object? FlaskCached() => _cachedFlask.Find(_exception, _scopes);

    [Benchmark]
    public object? FirstMatch() => _firstMatch.Find(_exception, _scopes);
}
