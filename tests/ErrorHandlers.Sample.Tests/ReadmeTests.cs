using System.Net;
using System.Text.Json.Nodes;
using ErrorHandlers.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ErrorHandlers.Sample.Tests;

/// <summary>
/// Replays every <c>$ curl</c> line of the README against the sample on Kestrel at 127.0.0.1, so that headers are
/// compared as they travel, and compares the output with the lines the README shows under it; <c>…</c> in the README
/// matches any text.
/// </summary>
public sealed class ReadmeTests
{
    private static WebApplicationFactory<Program> s_sample = null!;

    [OneTimeSetUp]
    public static void Start()
    {
        s_sample = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseEnvironment("Production"));
        s_sample.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        s_sample.StartServer();
    }

    [OneTimeTearDown]
    public static async Task Stop() => await s_sample.DisposeAsync();

    public static IEnumerable<TestCaseData> CurlLines() =>
        CurlExamples.Examples(File.ReadAllText(ReadmePath())).Select(example => new TestCaseData(example.Command, example.Output).SetName(example.Command));

    [Test]
    public void The_README_has_curl_lines() => Assert.That(CurlLines().Count(), Is.GreaterThanOrEqualTo(19));

    [TestCaseSource(nameof(CurlLines))]
    public async Task Gives_the_response_the_README_shows(string command, string output)
    {
        using var client = s_sample.CreateClient();

        var actual = await CurlExamples.RunAsync(client, command);

        Assert.That(actual.TrimEnd('\n'), Does.Match(CurlExamples.Pattern(output)), $"actual output:\n{actual}");
    }

    /// <summary>The README's excerpt of the sample's OpenAPI document is the document's, operation for operation.</summary>
    [Test]
    public async Task Shows_the_sample_OpenAPI_document()
    {
        using var client = s_sample.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;

        Assert.That(OpenApiExcerpt.Differences(File.ReadAllText(ReadmePath()), document), Is.Empty);
    }

    private static string ReadmePath() => Path.Combine(RepositoryPaths.Root, "README.md");
}
