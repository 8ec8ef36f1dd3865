using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ErrorHandlers.TestKit;

/// <summary>
/// An ASP.NET Core application started as its own process on 127.0.0.1 with a port of its choosing, read from its
/// "Now listening on" line. It is killed when disposed, and on its own after a time limit.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _lifetime = new(TimeSpan.FromMinutes(5));
    private readonly List<string> _output = [];

    private ServerProcess(Process process)
    {
        _process = process;
        _lifetime.Token.Register(Kill);
    }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> (an apphost, or <c>dotnet</c> with a dll) and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(arguments.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal)) ?? fileName)!,
        };
        foreach (var argument in arguments.Append("--urls=http://127.0.0.1:0"))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var server = new ServerProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler onLine = (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (server._output)
            {
                server._output.Add(line.Data);
            }

            if (ListeningOn().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups["url"].Value);
            }
        };
        server._process.OutputDataReceived += onLine;
        server._process.ErrorDataReceived += onLine;
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server._process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The server exited:\n" + server.Output));
        server._process.EnableRaisingEvents = true;

        var url = await listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
        server.Client = new HttpClient { BaseAddress = new Uri(url) };
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _lifetime.Dispose();
    }

    private void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
