using System.Text.Json.Nodes;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// The sample published as Native AOT for linux-x64 (<c>PublishAot</c> in its project): no trim or AOT warning, and the
/// native executable answers every curl line of the README exactly as the README shows, and serves the OpenAPI document.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class NativeAotPublishTests
{
    private static ScratchProject s_output = null!;
    private static string s_publish = null!;
    private static ServerProcess s_server = null!;

    public static IEnumerable<TestCaseData> CurlLines() =>
        CurlExamples.Examples(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")))
            .Select(example => new TestCaseData(example.Command, example.Output).SetName("Native AOT: " + example.Command));

    [OneTimeSetUp]
    public static async Task PublishAndStartAsync()
    {
        s_output = new ScratchProject();

        // Compiling from scratch: an earlier publish's intermediate files can leave the native image stale.
        foreach (var kind in (string[])["obj", "bin"])
        {
            var previous = Path.Combine(RepositoryPaths.Root, "artifacts", kind, "ErrorHandlers.Sample", "release_linux-x64");
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }
        }

        s_publish = await DotnetCommand.SucceedAsync(
            RepositoryPaths.Root,
            "publish", Path.Combine("sample", "ErrorHandlers.Sample.csproj"),
            "-c", "Release", "-r", "linux-x64", "-o", s_output.Path);
        s_server = await ServerProcess.StartAsync(Path.Combine(s_output.Path, "ErrorHandlers.Sample"));
    }

    [OneTimeTearDown]
    public static async Task StopAsync()
    {
        await s_server.DisposeAsync();
        s_output.Dispose();
    }

    [Test]
    public void The_publish_is_native_and_has_no_trim_or_AOT_warnings()
    {
        Assert.That(s_publish, Does.Contain("Generating native code").And.Not.Contains("warning IL"), s_publish);
        Assert.That(File.Exists(Path.Combine(s_output.Path, "ErrorHandlers.Sample.dll")), Is.False, "no IL to run: the executable is the native image");
    }

    [Test]
    public async Task The_published_app_serves_the_OpenAPI_document_the_README_shows()
    {
        var document = JsonNode.Parse(await s_server.Client.GetStringAsync("/openapi/v1.json"))!;

        Assert.That(OpenApiExcerpt.Differences(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), document), Is.Empty);
    }

    [TestCaseSource(nameof(CurlLines))]
    public async Task The_published_app_answers_as_the_README_shows(string command, string output)
    {
        var actual = await CurlExamples.RunAsync(s_server.Client, command);

        Assert.That(actual.TrimEnd('\n'), Does.Match(CurlExamples.Pattern(output)), $"actual output:\n{actual}");
    }
}
