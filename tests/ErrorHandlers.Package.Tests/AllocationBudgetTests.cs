using System.Globalization;
using System.Net;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// Bytes allocated per request on each error path, in a steady state, against a budget: the figure measured when the
/// budget was set plus a small margin (docs/performance.md), the least of three rounds of 1,000 requests. Bytes are stable from run to run, unlike timings, so a
/// path that starts to allocate more fails here. The server is tests/ErrorHandlers.LoadServer, as for load.sh, in its
/// own process, which counts its own allocations; the client's are not counted.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class AllocationBudgetTests
{
    private const int Warmup = 500;
    private const int Rounds = 3;
    private const int Measured = 1000;

    /// <summary>The smallest object on x64 is 24 bytes: less per request is the server's background work, not the path's.</summary>
    private const double NoObjectPerRequest = 24;

    private static readonly string LoadServer =
        Path.Combine(RepositoryPaths.Root, "artifacts", "bin", "ErrorHandlers.LoadServer", "release", "ErrorHandlers.LoadServer.dll");

    /// <summary>Measured as users run it: a Release build, whose async methods allocate as in production.</summary>
    [OneTimeSetUp]
    public static Task BuildTheServerAsync() =>
        DotnetCommand.SucceedAsync(RepositoryPaths.Root, "build", Path.Combine("tests", "ErrorHandlers.LoadServer"), "-c", "Release");

    [TestCase("errorhandlers", "/ok", 200, 0, TestName = "The success path behind UseErrorHandlers allocates nothing")]
    [TestCase("errorhandlers", "/thrown", 404, 880, TestName = "A thrown NotFoundException through a JSON handler")]
    [TestCase("errorhandlers", "/result", 404, 480, TestName = "Abort.Result(404) through a JSON handler")]
    [TestCase("errorhandlers", "/empty", 404, 488, TestName = "An endpoint's empty TypedResults.NotFound() through a JSON handler")]
    [TestCase("errorhandlers", "/nowhere", 404, 784, TestName = "A routing 404 through a JSON handler")]
    [TestCase("errorhandlers+auth", "/private", 401, 4300, TestName = "An authentication challenge through a JSON handler")]
    [TestCase("errorhandlers+mvc", "/api/missing", 404, 2400, TestName = "An ApiController's NotFound() through a JSON handler")]
    public async Task Bytes_per_request_stay_within_the_budget(string pipeline, string path, int status, int budget)
    {
        await using var server = await ServerProcess.StartAsync("dotnet", LoadServer, pipeline);
        for (var i = 0; i < Warmup; i++)
        {
            await RequestAsync(server, path, status);
        }

        // The server's background work (timers, tiered compilation) only ever adds bytes, so the least of a few rounds is
        // the closest to the path's own figure.
        var perRequest = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var probe = await AllocatedAsync(server) - await AllocatedAsync(server);
            var before = await AllocatedAsync(server);
            for (var i = 0; i < Measured; i++)
            {
                await RequestAsync(server, path, status);
            }

            var after = await AllocatedAsync(server);
            perRequest = Math.Min(perRequest, Math.Max(0, after - before + probe) / (double)Measured);
        }

        TestContext.Out.WriteLine($"{pipeline} {path}: {perRequest.ToString("F1", CultureInfo.InvariantCulture)} bytes per request (budget {budget})");
        Assert.That(perRequest, Is.LessThan(budget + NoObjectPerRequest), $"{perRequest:F1} bytes per request, over the budget of {budget}");
    }

    private static async Task RequestAsync(ServerProcess server, string path, int status)
    {
        using var response = await server.Client.GetAsync(path);
        await response.Content.LoadIntoBufferAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), path);
    }

    /// <summary>The server's total allocated bytes; <c>probe</c> above is the (negative) cost of asking once.</summary>
    private static async Task<long> AllocatedAsync(ServerProcess server) =>
        long.Parse(await server.Client.GetStringAsync("/_allocated"), CultureInfo.InvariantCulture);
}
