using System.Diagnostics;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>Runs the .NET CLI the way a developer would, without build servers that outlive the test.</summary>
public static class DotnetCommand
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="folder"/> and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The same, failing the test with the output when the command fails.</summary>
    public static async Task<string> SucceedAsync(string folder, params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(folder, arguments);
        Assert.That(exitCode, Is.Zero, $"dotnet {string.Join(' ', arguments)} failed:\n{output}");
        return output;
    }
}
