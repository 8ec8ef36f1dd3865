using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Builder;

namespace ErrorHandlers.Benchmarks.Requests;

/// <summary>
/// Each error path through ErrorHandlers beside ASP.NET Core's own way to the same response (the baseline of its
/// category), in the same run: whole requests through the load server's pipelines (tests/ErrorHandlers.LoadServer),
/// run in process by <see cref="InProcessServer"/>, so the time and the bytes are the application's, not a socket's.
/// Every error path answers the same JSON body.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ErrorPathBenchmarks
{
    private readonly Dictionary<string, (WebApplication App, InProcessServer Server)> _apps = [];

    [GlobalSetup]
    public async Task StartAsync()
    {
        foreach (var pipeline in (string[])["plain", "builtin", "errorhandlers", "builtin+auth", "errorhandlers+auth", "builtin+mvc", "errorhandlers+mvc"])
        {
            var server = new InProcessServer();
            var app = LoadApp.Create([pipeline], server);
            await app.StartAsync();
            _apps[pipeline] = (app, server);
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        foreach (var (app, _) in _apps.Values)
        {
            await app.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "UseStatusCodePages writing the JSON"), BenchmarkCategory("routing 404")]
    public Task<int> RoutingNotFound_AspNetCore() => Send("builtin", "/nowhere");

    [Benchmark(Description = "a JSON handler"), BenchmarkCategory("routing 404")]
    public Task<int> RoutingNotFound_ErrorHandlers() => Send("errorhandlers", "/nowhere");

    [Benchmark(Baseline = true, Description = "UseExceptionHandler + IExceptionHandler"), BenchmarkCategory("thrown exception")]
    public Task<int> Thrown_AspNetCore() => Send("builtin", "/thrown");

    [Benchmark(Description = "a JSON handler"), BenchmarkCategory("thrown exception")]
    public Task<int> Thrown_ErrorHandlers() => Send("errorhandlers", "/thrown");

    [Benchmark(Baseline = true, Description = "the endpoint writing the JSON"), BenchmarkCategory("Abort.Result(404)")]
    public Task<int> AbortResult_Direct() => Send("plain", "/direct");

    [Benchmark(Description = "a JSON handler"), BenchmarkCategory("Abort.Result(404)")]
    public Task<int> AbortResult_ErrorHandlers() => Send("errorhandlers", "/result");

    [Benchmark(Baseline = true, Description = "the endpoint writing the JSON"), BenchmarkCategory("empty NotFound()")]
    public Task<int> EmptyNotFound_Direct() => Send("plain", "/direct");

    [Benchmark(Description = "a JSON handler"), BenchmarkCategory("empty NotFound()")]
    public Task<int> EmptyNotFound_ErrorHandlers() => Send("errorhandlers", "/empty");

    [Benchmark(Baseline = true, Description = "the scheme's challenge writing the JSON"), BenchmarkCategory("401 challenge")]
    public Task<int> Challenge_AspNetCore() => Send("builtin+auth", "/private");

    [Benchmark(Description = "a JSON handler"), BenchmarkCategory("401 challenge")]
    public Task<int> Challenge_ErrorHandlers() => Send("errorhandlers+auth", "/private");

    [Benchmark(Baseline = true, Description = "MVC's ProblemDetails"), BenchmarkCategory("[ApiController] NotFound()")]
    public Task<int> ApiController_AspNetCore() => Send("builtin+mvc", "/api/missing");

    [Benchmark(Description = "a JSON handler"), BenchmarkCategory("[ApiController] NotFound()")]
    public Task<int> ApiController_ErrorHandlers() => Send("errorhandlers+mvc", "/api/missing");

    [Benchmark(Baseline = true, Description = "no error middleware"), BenchmarkCategory("200")]
    public Task<int> Success_Plain() => Send("plain", "/ok");

    [Benchmark(Description = "behind UseErrorHandlers"), BenchmarkCategory("200")]
    public Task<int> Success_ErrorHandlers() => Send("errorhandlers", "/ok");

    private Task<int> Send(string pipeline, string path) => _apps[pipeline].Server.GetAsync(path);
}
