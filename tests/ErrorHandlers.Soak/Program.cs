// The soak test: the sample on Kestrel at 127.0.0.1, driven by many connections of mixed traffic over
// every error kind it shows, then stopped. It passes when no answer was unexpected, no request failed in transport,
// the server's working set grew less than 10 % between the first and the last 10 seconds, and the server logged
// exactly one Error per unhandled exception and nothing else at Warning or above.
// The same traffic runs for a warm-up first (10 s): the start-up ramp of the working set (tiered JIT, the server GC
// sizing its heaps) is not growth. The report gives the growth from the very start too.
// Usage: tests/soak.sh [--duration seconds (60)] [--connections n (64)] [--warmup seconds (10)]
using System.Diagnostics;
using System.Globalization;
using ErrorHandlers.Soak;

var duration = TimeSpan.FromSeconds(Option("--duration", 60));
var connections = Option("--connections", 64);
var warmup = TimeSpan.FromSeconds(Option("--warmup", 10));
var sampleInterval = TimeSpan.FromMilliseconds(250);
var sample = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "ErrorHandlers.Sample", Path.GetFileName(AppContext.BaseDirectory.TrimEnd('/')), "ErrorHandlers.Sample.dll"));

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
var server = await SampleServer.StartAsync(sample, client);

var tallies = Probe.Mix.Select(probe => new Tally(probe)).ToArray();
var workingSet = new List<(TimeSpan At, long Bytes)>();
var clock = Stopwatch.StartNew();
using (var stop = new CancellationTokenSource(warmup + duration))
{
    var sampling = SampleWorkingSet(stop.Token);
    await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => DriveAsync(worker, stop.Token)));
    sampling.Join();
}

var total = clock.Elapsed;
var elapsed = total - warmup;
await server.DisposeAsync();

var sent = tallies.Sum(t => t.Sent);
var unexpected = tallies.Sum(t => t.Unexpected);
var transportErrors = tallies.Sum(t => t.TransportErrors);
var unhandled = tallies.Where(t => t.Probe.Unhandled).Sum(t => t.Sent);
var unhandledLogs = server.Logs.Count(IsUnhandledExceptionLog);
var otherLogs = server.Logs.Where(log => !IsUnhandledExceptionLog(log)).ToList();
var window = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(10).Ticks, duration.Ticks / 3));
var start = workingSet.Where(s => s.At < window).Average(s => s.Bytes);
var first = workingSet.Where(s => s.At >= warmup && s.At < warmup + window).Average(s => s.Bytes);
var last = workingSet.Where(s => s.At >= warmup + elapsed - window).Average(s => s.Bytes);
var growth = (last / first) - 1;

Console.WriteLine($"Soak: {elapsed.TotalSeconds:F0} s after a {warmup.TotalSeconds:F0} s warm-up, {connections} connections, the sample at {server.Address}");
Console.WriteLine();
Console.WriteLine("| request | expected | sent | unexpected or failed | first problem |");
Console.WriteLine("|---|---|---:|---:|---|");
foreach (var tally in tallies)
{
    var probe = tally.Probe;
    var accept = probe.Accept is null ? string.Empty : $" (Accept: {probe.Accept})";
    Console.WriteLine($"| {probe.Kind}: `{probe.Method} {probe.Path}`{accept} | {probe.Status} {probe.MediaType} | {tally.Sent} | {tally.Unexpected + tally.TransportErrors} | {tally.FirstProblem} |");
}

Console.WriteLine();
var checks = new (string Name, bool Passed, string Measured)[]
{
    ("no unexpected status or content type", unexpected == 0, $"{unexpected} of {sent} requests, warm-up included ({sent / total.TotalSeconds:F0}/s)"),
    ("no transport errors", transportErrors == 0, transportErrors.ToString(CultureInfo.InvariantCulture)),
    ($"working set grows less than 10 % from the first {window.TotalSeconds:F0} s to the last", growth < 0.10,
        $"{first / 1e6:F1} MB -> {last / 1e6:F1} MB ({growth:+0.0%;-0.0%}); from the first {window.TotalSeconds:F0} s of the warm-up: {start / 1e6:F1} MB ({(last / start) - 1:+0.0%;-0.0%})"),
    ("one Error log (ErrorHandlers[1]) per unhandled exception", unhandledLogs == unhandled, $"{unhandledLogs} logs for {unhandled} unhandled exceptions"),
    ("no other log at Warning or above", otherLogs.Count == 0, $"{otherLogs.Count}" + (otherLogs.Count > 0 ? $", first: {otherLogs[0]}" : string.Empty)),
};
Console.WriteLine("Working set every 5 s from the start of the warm-up (MB): " + string.Join(" ", workingSet.Where((_, i) => i % (int)(TimeSpan.FromSeconds(5) / sampleInterval) == 0).Select(s => (s.Bytes / 1e6).ToString("F0", CultureInfo.InvariantCulture))));
foreach (var (name, passed, measured) in checks)
{
    Console.WriteLine($"- {(passed ? "PASS" : "FAIL")} {name}: {measured}");
}

return checks.All(c => c.Passed) ? 0 : 1;

// Each connection walks the mix from its own starting point; in-flight requests finish after the stop.
async Task DriveAsync(int worker, CancellationToken stop)
{
    for (var i = worker; !stop.IsCancellationRequested; i++)
    {
        var tally = tallies[i % tallies.Length];
        using var request = new HttpRequestMessage(new HttpMethod(tally.Probe.Method), new Uri(server.Address, tally.Probe.Path));
        if (tally.Probe.Accept is not null)
        {
            request.Headers.Accept.ParseAdd(tally.Probe.Accept);
        }

        try
        {
            using var response = await client.SendAsync(request, CancellationToken.None);
            await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
            tally.Answered((int)response.StatusCode, response.Content.Headers.ContentType);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            tally.Failed(exception);
        }
    }
}

// On its own thread, four times a second: the thread pool is busy with the traffic and would delay a timer. The list
// is read only after the thread has ended.
Thread SampleWorkingSet(CancellationToken stop)
{
    var thread = new Thread(() =>
    {
        do
        {
            workingSet.Add((clock.Elapsed, server.WorkingSet()));
        }
        while (!stop.WaitHandle.WaitOne(sampleInterval));
    });
    thread.Start();
    return thread;
}

static bool IsUnhandledExceptionLog(LogEntry log) => log is { Level: "fail", Category: "ErrorHandlers", EventId: 1 };

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
