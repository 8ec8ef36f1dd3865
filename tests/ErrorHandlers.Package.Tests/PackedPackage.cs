using System.Globalization;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// <c>dotnet pack</c> of the repository, once per test run, into a feed of its own with a version no earlier run used
/// (NuGet caches packages by version). Projects that consume it get a <c>nuget.config</c> that adds the feed and keeps
/// the machine's default source.
/// </summary>
[SetUpFixture]
public sealed class PackedPackage
{
    public static string Feed { get; private set; } = null!;

    public static string Version { get; private set; } = null!;

    public static string Package => Path.Combine(Feed, $"ErrorHandlers.{Version}.nupkg");

    /// <summary>The symbols package packed beside it.</summary>
    public static string Symbols => Path.ChangeExtension(Package, ".snupkg");

    [OneTimeSetUp]
    public static async Task PackAsync()
    {
        Feed = Directory.CreateTempSubdirectory("errorhandlers-feed-").FullName;
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        await DotnetCommand.SucceedAsync(RepositoryPaths.Root, "pack", Path.Combine("runtime", "ErrorHandlers.csproj"), "-c", "Release", "-o", Feed, $"-p:Version={Version}", "-p:ContinuousIntegrationBuild=true");
    }

    [OneTimeTearDown]
    public static void Delete() => Directory.Delete(Feed, recursive: true);

    /// <summary>A nuget.config for a consumer folder: the feed, plus whatever the machine already has.</summary>
    public static void WriteNugetConfig(string folder) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="errorhandlers-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
}
