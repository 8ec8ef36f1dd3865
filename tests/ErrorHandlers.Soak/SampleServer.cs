using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ErrorHandlers.Soak;

/// <summary>
/// The sample as its own process on 127.0.0.1, in Production, logging Warning and above with the console logger's
/// simple format (the only one a slim builder registers), whose header lines the driver keeps to count what was logged.
/// </summary>
internal sealed partial class SampleServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<LogEntry> _logs = new();
    private readonly Task _reading;

    private SampleServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _reading = Task.WhenAll(ReadLogsAsync(process.StandardOutput), process.StandardError.ReadToEndAsync());
    }

    public Uri Address { get; }

    public IReadOnlyCollection<LogEntry> Logs => _logs;

    public static async Task<SampleServer> StartAsync(string sampleAssembly, HttpClient client)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { sampleAssembly, "--urls", address.ToString() },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var server = new SampleServer(Process.Start(start)!, address);
        await server.WaitUntilServingAsync(client);
        return server;
    }

    /// <summary>The server's working set, in bytes.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>Stops the server as a service manager would (SIGTERM), so that it flushes its logs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        await _reading;
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilServingAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(Address, "/"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
                continue;
            }

            throw new InvalidOperationException($"The sample did not start at {Address}.");
        }
    }

    private async Task ReadLogsAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            if (LogHeader().Match(line) is { Success: true } header)
            {
                _logs.Enqueue(new LogEntry(
                    header.Groups["level"].Value,
                    header.Groups["category"].Value,
                    int.Parse(header.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>The first line of a log in the simple format, such as <c>fail: ErrorHandlers[1]</c>.</summary>
    [GeneratedRegex(@"^(?<level>trce|dbug|info|warn|fail|crit): (?<category>[^\[\s]+)\[(?<id>\d+)\]$")]
    private static partial Regex LogHeader();
}
