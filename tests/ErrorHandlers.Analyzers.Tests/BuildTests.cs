using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>
/// The CI use: a real <c>dotnet build</c> of small projects with known mistakes prints every id with file and line,
/// and <c>-warnaserror</c> fails a build that has only warnings.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed partial class BuildTests
{
    private const string Warnings = """
        [ErrorHandlerScope("blog")]
        static class BlogErrors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();
        }

        static class Errors
        {
            [ErrorHandler(410)]
            internal static IResult Gone(GoneException e) => Results.Text("gone");

            [ErrorHandler(typeof(Exception))]
            internal static IResult Everything(Exception e) => Results.Problem();

            [ErrorHandler(typeof(HttpException))]
            internal static IResult Http(HttpException e) => Results.Json(e.Name, statusCode: 500);

            [ErrorHandler(409)]
            internal static IResult Conflict(ConflictException e) => throw new InvalidOperationException();
        }

        static class Routes
        {
            internal static void Map(WebApplication app) => app.MapGroup("/blog").WithErrorHandlerScope("blgo");
        }
        """;

    private const string Errors = """
        interface IDomainError { }
        class AnyCodeException(int code) : HttpException(code);

        [ErrorHandlerScope("a.b")]
        static class Dotted { }

        class Errors
        {
            [ErrorHandler(404)] internal static IResult One(NotFoundException e) => Results.NotFound();
            [ErrorHandler(404)] internal static IResult Two(NotFoundException e) => Results.NotFound();
            [ErrorHandler(507)] internal static IResult Storage(HttpException e) => Results.StatusCode(e.StatusCode);
            [ErrorHandler(typeof(IDomainError))] internal static IResult Domain(Exception e) => Results.Problem();
            [ErrorHandler(400)] internal IResult Instance(BadRequestException e) => Results.BadRequest();
            [ErrorHandler(500)] internal static IResult ServerError(InvalidOperationException e) => Results.Problem();
            [ErrorHandler(412)] internal static void Nothing(PreconditionFailedException e) { }
            [ErrorHandler] internal static IResult Any(AnyCodeException e) => Results.StatusCode(e.StatusCode);
        }

        static class Routes
        {
            internal static void Map(WebApplication app) => app.MapGet("/", () => Abort.With(402));
        }
        """;

    [Test]
    public async Task Warnings_are_printed_with_file_and_line_and_warnaserror_fails_the_build()
    {
        using var project = new ScratchBuild(Warnings);

        var plain = await project.BuildAsync();
        var strict = await project.BuildAsync("-warnaserror");

        Assert.That(plain.ExitCode, Is.Zero, plain.Output);
        AssertReported(plain.Output, "warning", ["EH0001", "EH0002", "EH0003", "EH0010", "EH0013", "EH0015"]);
        Assert.That(strict.ExitCode, Is.Not.Zero, strict.Output);
        AssertReported(strict.Output, "error", ["EH0001", "EH0002", "EH0003", "EH0010", "EH0013", "EH0015"]);
    }

    [Test]
    public async Task Errors_fail_the_build_with_file_and_line()
    {
        using var project = new ScratchBuild(Errors);

        var build = await project.BuildAsync();

        Assert.That(build.ExitCode, Is.Not.Zero, build.Output);
        AssertReported(build.Output, "error", ["EH0004", "EH0005", "EH0006", "EH0007", "EH0008", "EH0009", "EH0011", "EH0012", "EH0014"]);
    }

    private static void AssertReported(string output, string severity, string[] ids)
    {
        var reported = Diagnostic().Matches(output)
            .Where(m => m.Groups["severity"].Value == severity)
            .Select(m => m.Groups["id"].Value)
            .ToHashSet();
        Assert.That(reported, Is.SupersetOf(ids), output);
    }

    [GeneratedRegex(@"Handlers\.cs\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>EH\d{4}):")]
    private static partial Regex Diagnostic();

    /// <summary>A web project in a temporary folder that uses the built runtime, generator and analyzers as a consumer would.</summary>
    private sealed class ScratchBuild : IDisposable
    {
        private readonly ScratchProject _project = new("build");

        public ScratchBuild(string handlers)
        {
            var bin = AppContext.BaseDirectory;
            _project.WriteProject(
                "Scratch.csproj",
                "Microsoft.NET.Sdk.Web",
                """<Using Include="ErrorHandlers" />""",
                $"""<Reference Include="ErrorHandlers" HintPath="{Path.Combine(bin, "ErrorHandlers.dll")}" />""",
                $"""<Analyzer Include="{Path.Combine(bin, "ErrorHandlers.Generator.dll")}" />""",
                $"""<Analyzer Include="{Path.Combine(bin, "ErrorHandlers.Analyzers.dll")}" />""");
            _project.Write("Program.cs", "var app = WebApplication.Create(args);\napp.Run();\n");
            _project.Write("Handlers.cs", handlers);
        }

        public async Task<(int ExitCode, string Output)> BuildAsync(params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = _project.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in (string[])["build", "--no-incremental", "-nologo", "-nodeReuse:false", "--disable-build-servers", "-p:UseSharedCompilation=false", .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await error);
        }

        public void Dispose() => _project.Dispose();
    }
}
