using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// A new user's project: <c>dotnet new web</c> plus one PackageReference. The generator runs, the analyzers report,
/// the application answers through its handler on 127.0.0.1, and its OpenAPI document lists the declared errors with
/// the OpenAPI package the application references and one line; an application without OpenAPI gets nothing of it.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed partial class ConsumerTests
{
    private const string Handlers = """
        using ErrorHandlers;

        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e, HttpRequest request) =>
                Results.Text($"No page at {request.Path}", statusCode: e.StatusCode);

            [ErrorHandler(410)]
            internal static IResult Gone(GoneException e) => Results.Text("gone");
        }
        """;

    [Test]
    public async Task A_new_web_project_with_one_PackageReference_works()
    {
        using var folder = await NewWebProjectAsync("Consumer");
        await DotnetCommand.SucceedAsync(folder.Path, "add", "package", "Microsoft.AspNetCore.OpenApi", "--version", OpenApiVersion);
        File.WriteAllText(Path.Combine(folder.Path, "Program.cs"), """
            using ErrorHandlers;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddErrorHandlers();
            builder.Services.AddOpenApi();
            builder.Services.AddOpenApiErrorResponses();
            var app = builder.Build();
            app.UseErrorHandlers();
            app.MapOpenApi();
            app.MapGet("/", () => "Hello World!");
            app.MapGet("/old", () => Abort.With(410)).ProducesError(403, 410);
            app.Run();
            """);

        var build = await DotnetCommand.SucceedAsync(folder.Path, "build", "-p:EmitCompilerGeneratedFiles=true");

        Assert.That(Eh0001().IsMatch(build), Is.True, "the analyzer's warning, with file and line, in the build output:\n" + build);
        var table = Directory.EnumerateFiles(folder.Path, "ErrorHandlers.DispatchTable.g.cs", SearchOption.AllDirectories).Single();
        Assert.That(File.ReadAllText(table), Does.Contain("(404, global::ErrorHandlers.NotFoundException) => Handlers.Errors_NotFound,")
            .And.Contain("(410, global::ErrorHandlers.GoneException) => Handlers.Errors_Gone,"));

        await using var server = await ServerProcess.StartAsync("dotnet", Path.Combine(folder.Path, "bin", "Debug", "net10.0", "Consumer.dll"));
        var missing = await server.Client.GetAsync("/nowhere");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await missing.Content.ReadAsStringAsync(), Is.EqualTo("No page at /nowhere"));
        Assert.That((await server.Client.GetAsync("/old")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "what EH0001 warned about");

        var responses = JsonNode.Parse(await server.Client.GetStringAsync("/openapi/v1.json"))!["paths"]!["/old"]!["get"]!["responses"]!;
        Assert.That(responses["403"]!["content"]!.AsObject().Select(content => content.Key), Is.EqualTo(new[] { "application/problem+json", "text/html" }),
            "no handler: the default response, with the one line AddOpenApiErrorResponses()");
        Assert.That(responses["410"]!["description"]!.GetValue<string>(), Is.EqualTo("Gone"));
        Assert.That(responses["410"]!["content"], Is.Null, "the 410 handler returns a plain IResult");
    }

    [Test]
    public async Task An_application_without_an_OpenAPI_document_gets_nothing_of_OpenAPI()
    {
        using var folder = await NewWebProjectAsync("Plain");
        File.WriteAllText(Path.Combine(folder.Path, "Program.cs"), """
            using ErrorHandlers;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddErrorHandlers();
            var app = builder.Build();
            app.UseErrorHandlers();
            app.MapGet("/", () => "Hello World!");
            app.Run();
            """);

        await DotnetCommand.SucceedAsync(folder.Path, "publish", "-c", "Release", "-o", "out", "-p:EmitCompilerGeneratedFiles=true");

        var published = Directory.EnumerateFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName).ToList();
        Assert.That(published, Does.Contain("ErrorHandlers.dll").And.Contain("Plain.dll"));
        Assert.That(published, Has.None.Contains("OpenApi"), "no OpenAPI assembly in the publish output");
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "obj", "project.assets.json")), Does.Not.Contain("Microsoft.AspNetCore.OpenApi"),
            "no OpenAPI package, so no OpenAPI source generator in the build");
        var generated = Directory.EnumerateFiles(Path.Combine(folder.Path, "obj"), "*.g.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.That(generated, Does.Contain("ErrorHandlers.DispatchTable.g.cs").And.No.Contain("ErrorHandlers.OpenApi.g.cs"));

        await using var server = await ServerProcess.StartAsync("dotnet", Path.Combine(folder.Path, "out", "Plain.dll"));
        var missing = await server.Client.GetAsync("/nowhere");
        Assert.That(await missing.Content.ReadAsStringAsync(), Is.EqualTo("No page at /nowhere"));
    }

    /// <summary><c>dotnet new web</c>, the packed package referenced, and the handlers beside Program.cs.</summary>
    private static async Task<ScratchProject> NewWebProjectAsync(string name)
    {
        var folder = new ScratchProject();
        await DotnetCommand.SucceedAsync(folder.Path, "new", "web", "--name", name, "--output", folder.Path);
        PackedPackage.WriteNugetConfig(folder.Path);
        await DotnetCommand.SucceedAsync(folder.Path, "add", "package", "ErrorHandlers", "--version", PackedPackage.Version);
        File.WriteAllText(Path.Combine(folder.Path, "Errors.cs"), Handlers);
        return folder;
    }

    /// <summary>The Microsoft.AspNetCore.OpenApi version the repository pins, which an application adds itself.</summary>
    private static string OpenApiVersion =>
        System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(version => version.Attribute("Include")?.Value == "Microsoft.AspNetCore.OpenApi").Attribute("Version")!.Value;

    [GeneratedRegex(@"Errors\.cs\(10,\d+\): warning EH0001: The handler for 410 responds 200")]
    private static partial Regex Eh0001();
}
