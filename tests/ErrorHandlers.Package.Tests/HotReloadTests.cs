using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// docs/design.md, Development under a real <c>dotnet watch run</c> on a project that references the packed package: editing a handler's
/// body, adding a handler to an existing class, adding one in a new file, re-keying one and deleting one each take
/// effect on a following request, applied as a hot reload or by the restart that <c>dotnet watch</c> does for an edit
/// the runtime cannot apply; never a stale table.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class HotReloadTests
{
    private static readonly TimeSpan FirstBuild = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan EachEdit = TimeSpan.FromMinutes(2);

    [Test]
    public async Task Handlers_added_edited_rekeyed_and_removed_under_dotnet_watch_answer_the_next_requests()
    {
        using var folder = new ScratchProject();
        PackedPackage.WriteNugetConfig(folder.Path);
        folder.WriteProject("Watched.csproj", "Microsoft.NET.Sdk.Web", $"""<PackageReference Include="ErrorHandlers" Version="{PackedPackage.Version}" />""");
        File.WriteAllText(Path.Combine(folder.Path, "Program.cs"), """
            using ErrorHandlers;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddErrorHandlers(options => options.PropagateExceptions = false);
            var app = builder.Build();
            app.UseErrorHandlers();
            app.MapGet("/boom", () => { throw new InvalidOperationException("boom"); });
            app.MapGet("/argument", () => { throw new ArgumentException("argument"); });
            app.MapGet("/gone", () => Abort.With(410));
            app.Run();
            """);
        var errors = Path.Combine(folder.Path, "Errors.cs");
        var moreErrors = Path.Combine(folder.Path, "MoreErrors.cs");
        File.WriteAllText(errors, Handlers("""
            [ErrorHandler(404)]
            internal static IResult Missing(NotFoundException e) => Results.Text("404 v1", statusCode: 404);
            """));

        await using var watch = await DotnetWatch.StartAsync(folder.Path);

        await watch.WaitForAsync("/nowhere", "404 v1", FirstBuild, "the first build");

        // Each error is asked for before its handler changes, so that the table has memoized the old answer.
        await watch.WaitForAsync("/boom", "<title>500 Internal Server Error</title>", EachEdit, "the first build");
        await watch.WaitForAsync("/argument", "<title>500 Internal Server Error</title>", EachEdit, "the first build");
        await watch.WaitForAsync("/gone", "<title>410 Gone</title>", EachEdit, "the first build");

        File.WriteAllText(errors, Handlers("""
            [ErrorHandler(404)]
            internal static IResult Missing(NotFoundException e) => Results.Text("404 v2", statusCode: 404);
            """));
        await watch.WaitForAsync("/nowhere", "404 v2", EachEdit, "a handler's body edited");

        File.WriteAllText(errors, Handlers("""
            [ErrorHandler(404)]
            internal static IResult Missing(NotFoundException e) => Results.Text("404 v2", statusCode: 404);

            [ErrorHandler(typeof(InvalidOperationException))]
            internal static IResult Broken(InvalidOperationException e) => Results.Text("broken", statusCode: 503);
            """));
        await watch.WaitForAsync("/boom", "broken", EachEdit, "a handler added to an existing class");

        File.WriteAllText(moreErrors, """
            using ErrorHandlers;

            static class MoreErrors
            {
                [ErrorHandler]
                internal static IResult Argument(ArgumentException e) => Results.Text("argument", statusCode: 400);
            }
            """);
        await watch.WaitForAsync("/argument", "argument", EachEdit, "a handler added in a new file");

        File.WriteAllText(errors, Handlers("""
            [ErrorHandler(410)]
            internal static IResult Missing(GoneException e) => Results.Text("410 v3", statusCode: 410);

            [ErrorHandler(typeof(InvalidOperationException))]
            internal static IResult Broken(InvalidOperationException e) => Results.Text("broken", statusCode: 503);
            """));
        await watch.WaitForAsync("/gone", "410 v3", EachEdit, "a handler re-keyed from 404 to 410");
        await watch.WaitForAsync("/nowhere", "<title>404 Not Found</title>", EachEdit, "the re-keyed handler's old key");

        File.Delete(moreErrors);
        await watch.WaitForAsync("/argument", "<title>500 Internal Server Error</title>", EachEdit, "a handler's file deleted");
    }

    private static string Handlers(string members) => $$"""
        using ErrorHandlers;

        static class Errors
        {
        {{string.Join("\n", members.Split('\n').Select(line => "    " + line))}}
        }
        """;

    /// <summary>
    /// <c>dotnet watch run --non-interactive</c> in its own process group (through <c>setsid</c>), on a free port of
    /// 127.0.0.1, with the polling file watcher this machine needs. Disposing it ends the whole group: SIGTERM, then
    /// SIGKILL for what is left, since <c>dotnet watch</c> itself outlives a SIGTERM.
    /// </summary>
    private sealed class DotnetWatch : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly List<string> _output = [];
        private readonly HttpClient _client;

        private DotnetWatch(Process process, Uri address)
        {
            _process = process;
            _client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        }

        public static Task<DotnetWatch> StartAsync(string folder)
        {
            var address = new Uri($"http://127.0.0.1:{FreePort()}");
            var start = new ProcessStartInfo("setsid")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "dotnet", "watch", "run", "--non-interactive", "--urls", address.ToString() })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_USE_POLLING_FILE_WATCHER"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var watch = new DotnetWatch(Process.Start(start)!, address);
            DataReceivedEventHandler keep = (_, line) =>
            {
                if (line.Data is not null)
                {
                    lock (watch._output)
                    {
                        watch._output.Add(line.Data);
                    }
                }
            };
            watch._process.OutputDataReceived += keep;
            watch._process.ErrorDataReceived += keep;
            watch._process.BeginOutputReadLine();
            watch._process.BeginErrorReadLine();
            return Task.FromResult(watch);
        }

        /// <summary>Polls <paramref name="path"/> until its body contains <paramref name="expected"/>, or fails with the watcher's last lines.</summary>
        public async Task WaitForAsync(string path, string expected, TimeSpan limit, string edit)
        {
            var clock = Stopwatch.StartNew();
            var last = "no answer yet";
            while (clock.Elapsed < limit)
            {
                try
                {
                    using var response = await _client.GetAsync(path);
                    last = await response.Content.ReadAsStringAsync();
                    if (last.Contains(expected, StringComparison.Ordinal))
                    {
                        TestContext.Out.WriteLine($"{edit}: answered after {clock.Elapsed.TotalSeconds:F1} s");
                        return;
                    }
                }
                catch (HttpRequestException exception)
                {
                    last = exception.Message;
                }
                catch (TaskCanceledException exception)
                {
                    last = exception.Message;
                }

                await Task.Delay(250);
            }

            Assert.Fail($"""
                After {edit}, GET {path} did not answer '{expected}' within {limit.TotalSeconds:F0} s; the last answer was:
                {last}
                The watcher's last lines:
                {LastLines(40)}
                """);
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            Signal("TERM");
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                Signal("KILL");
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private void Signal(string signal)
        {
            using var kill = Process.Start("kill", ["-" + signal, "--", "-" + _process.Id]);
            kill.WaitForExit();
        }

        private string LastLines(int count)
        {
            lock (_output)
            {
                return string.Join("\n", _output.TakeLast(count));
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
