using ErrorHandlers.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErrorHandlers.Generator.Tests;

/// <summary>The emitted table, compared line by line with checked-in baselines, and compiled.</summary>
public sealed class SnapshotTests
{
    /// <summary>The sample's table is also the docs' excerpt, so the docs show exactly what the generator writes.</summary>
    [Test]
    public void Sample()
    {
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.FromFolder("ErrorHandlers.Sample", RepositoryPaths.Sample));

        Assert.That(run.GeneratedCodeDiagnostics(), Is.Empty);
        Assert.That(run.Source(DispatchTableEmitter.HintName), Does.Not.Contain("ErrorHandlerExport"), "an application exports no handlers");
        Snapshot.Match(Snapshot.WithoutGeneratorVersion(run.Source(DispatchTableEmitter.HintName)), Path.Combine(RepositoryPaths.Docs, "generated", "sample-dispatch-table.verified.cs"));
    }

    [Test]
    public void No_handlers_gives_a_table_that_finds_nothing() =>
        Verify("""
            namespace App;
            public static class Nothing { }
            """);

    /// <summary>What each handler's declaration says its response looks like, which the OpenAPI document lists.</summary>
    [Test]
    public void Response_contents_read_from_return_types_and_Produces() =>
        Verify("""
            using System.Threading.Tasks;
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.HttpResults;
            using Microsoft.AspNetCore.Mvc;

            namespace App;

            public sealed record ApiError(string Code, string Message);

            internal static class Errors
            {
                [ErrorHandler(400)]
                internal static JsonHttpResult<ApiError> Json(BadRequestException e) => TypedResults.Json(new ApiError("bad", "Bad"), statusCode: 400);

                [ErrorHandler(404)]
                internal static Results<NotFound<ApiError>, ProblemHttpResult, Ok<string>> Union(NotFoundException e) => TypedResults.NotFound(new ApiError("nf", "Gone"));

                [ErrorHandler(409)]
                internal static ValueTask<Conflict<ApiError[]>> Conflict(ConflictException e) => new(TypedResults.Conflict(System.Array.Empty<ApiError>()));

                [ErrorHandler(410)]
                internal static GoneException Exception(GoneException e) => e;

                [ErrorHandler(422)]
                internal static Task<ValidationProblem> Validation(UnprocessableEntityException e) =>
                    Task.FromResult(TypedResults.ValidationProblem(new System.Collections.Generic.Dictionary<string, string[]>()));

                [ErrorHandler(429)]
                [Produces("text/plain", "text/csv")]
                internal static IResult Declared(TooManyRequestsException e) => Results.Text("slow down", statusCode: 429);

                [ErrorHandler(502)]
                [Produces<ApiError>]
                internal static IResult DeclaredType(BadGatewayException e) => Results.Json(new ApiError("upstream", "Upstream failed"), statusCode: 502);

                [ErrorHandler(503)]
                internal static IResult Unknown(ServiceUnavailableException e) => Results.StatusCode(503);
            }
            """);

    /// <summary>
    /// Handlers that answer with MVC results are listed for the start-up check, views marked; their responses are read as
    /// HTML for a view or component page. A component type that another generator writes (the Razor generator compiles
    /// <c>NotFoundPage</c> from a <c>.razor</c> file) is unresolved here, and the handler is called all the same.
    /// </summary>
    [Test]
    public void MVC_results_and_component_pages()
    {
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", """
            using System.Threading.Tasks;
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Http.HttpResults;
            using Microsoft.AspNetCore.Mvc;

            namespace App;

            internal static class Errors
            {
                [ErrorHandler(403)]
                internal static ViewResult Forbidden(ForbiddenException e) => new() { ViewName = "Forbidden", StatusCode = 403 };

                [ErrorHandler(404)]
                internal static ErrorViewResult NotFound(NotFoundException e) => ErrorView.Render(e, "NotFound");

                [ErrorHandler(409)]
                internal static IActionResult Conflict(ConflictException e) => new ObjectResult(e.Description) { StatusCode = 409 };

                [ErrorHandler(410)]
                internal static Task<IActionResult> Gone(GoneException e) => Task.FromResult<IActionResult>(new StatusCodeResult(410));

                [ErrorHandler(429)]
                internal static ValueTask<PartialViewResult> TooMany(TooManyRequestsException e) => new(new PartialViewResult { ViewName = "_Slow" });
            }

            [ErrorHandlerScope("pages")]
            internal static class PageErrors
            {
                [ErrorHandler(404)]
                internal static RazorComponentResult<NotFoundPage> NotFound(NotFoundException e) => new(new { }) { StatusCode = 404 };
            }
            """));

        Assert.That(run.Diagnostics, Is.Empty);
        Assert.That(run.GeneratedCodeDiagnostics().Where(d => !d.GetMessage().Contains("NotFoundPage", StringComparison.Ordinal)), Is.Empty,
            "the only errors are the user's own: NotFoundPage is written by the Razor generator in a real build");
        Snapshot.Match(Snapshot.WithoutGeneratorVersion(run.Source(DispatchTableEmitter.HintName)));
    }

    /// <summary>
    /// The OpenAPI integration is written into an application that references Microsoft.AspNetCore.OpenApi, and compiles
    /// there; an application without it gets none, and so the package depends on no OpenAPI package.
    /// </summary>
    [Test]
    public void OpenAPI_integration_only_where_the_application_references_the_OpenAPI_package()
    {
        const string program = """
            using ErrorHandlers;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddOpenApi();
            builder.Services.AddOpenApiErrorResponses();
            """;
        var withOpenApi = GeneratorRun.Start<ErrorHandlerGenerator>(CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(program, TestCompilation.ParseOptions, "Program.cs")],
            TestCompilation.References,
            TestCompilation.LibraryOptions.WithOutputKind(OutputKind.ConsoleApplication)));
        var withoutOpenApi = GeneratorRun.Start<ErrorHandlerGenerator>(CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("public static class Nothing { }", TestCompilation.ParseOptions, "Nothing.cs")],
            TestCompilation.References.Where(reference => !(reference.Display ?? string.Empty).Contains("OpenApi", StringComparison.Ordinal)),
            TestCompilation.LibraryOptions));

        Assert.That(withOpenApi.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty, "the integration compiles, warning-free");
        Assert.That(withoutOpenApi.Result.GeneratedSources.Select(source => source.HintName), Is.EqualTo(new[] { DispatchTableEmitter.HintName }));
        Snapshot.Match(Snapshot.WithoutGeneratorVersion(withOpenApi.Source(OpenApiEmitter.HintName)));
    }

    [Test]
    public void Scopes_nested_classes_and_several_keys_on_one_method() =>
        Verify("""
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;

            namespace App;

            public class DbException : System.Exception { }
            public sealed class DbTimeoutException : DbException { }

            internal static class Errors
            {
                [ErrorHandler(404)]
                [ErrorHandler(410)]
                internal static IResult Missing(HttpException e) => Results.Text("missing", statusCode: e.StatusCode);

                [ErrorHandler]
                internal static IResult Db(DbException e) => Results.Text("db", statusCode: 503);

                [ErrorHandler]
                internal static IResult Timeout(DbTimeoutException e) => Results.Text("timeout", statusCode: 504);

                internal static class Nested
                {
                    [ErrorHandler(typeof(System.Exception))]
                    internal static string Anything(System.Exception e) => "<p>anything</p>";
                }
            }

            [ErrorHandlerScope("admin-v2")]
            internal static class AdminErrors
            {
                [ErrorHandler(typeof(NotFoundException))]
                internal static async System.Threading.Tasks.Task<IResult> NotFound(NotFoundException e, HttpContext context, System.Threading.CancellationToken cancellationToken)
                {
                    await System.Threading.Tasks.Task.Yield();
                    return Results.Text(context.Request.Path, statusCode: 404);
                }

                [ErrorHandler(typeof(System.Exception))]
                internal static System.Threading.Tasks.ValueTask<string> Anything(System.Exception e, Microsoft.Extensions.Logging.ILogger<DbException>? logger, Microsoft.Extensions.Hosting.IHostEnvironment environment) =>
                    new("admin");
            }
            """);

    [Test]
    public void Methods_the_generated_code_cannot_call_are_left_out() =>
        Verify("""
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;

            namespace App;

            public sealed class MyNoCodeException : HttpException
            {
                public MyNoCodeException(int code) : base(code) { }
            }

            internal class Errors
            {
                [ErrorHandler(404)] internal IResult NotStatic(NotFoundException e) => Results.NotFound();
                [ErrorHandler(404)] private static IResult Private(NotFoundException e) => Results.NotFound();
                [ErrorHandler(404)] internal static IResult Generic<T>(NotFoundException e) => Results.NotFound();
                [ErrorHandler(404)] internal static void ReturnsNothing(NotFoundException e) { }
                [ErrorHandler(404)] internal static IResult NoException(HttpContext context) => Results.NotFound();
                [ErrorHandler(404)] internal static IResult TwoExceptions(NotFoundException e, System.Exception other) => Results.NotFound();
                [ErrorHandler(404)] internal static IResult WrongParameter(System.InvalidOperationException e) => Results.NotFound();
                [ErrorHandler(500)] internal static IResult OriginalTypeOn500(System.InvalidOperationException e) => Results.Problem();
                [ErrorHandler(402)] internal static IResult UnknownCode(HttpException e) => Results.StatusCode(402);
                [ErrorHandler(typeof(string))] internal static IResult NotAnException(System.Exception e) => Results.Problem();
                [ErrorHandler(typeof(MyNoCodeException))] internal static IResult NoConstantCode(MyNoCodeException e) => Results.Problem();
                [ErrorHandler(typeof(System.Collections.Generic.List<>))] internal static IResult OpenGeneric(System.Exception e) => Results.Problem();

                [ErrorHandler(404)] internal static IResult TheOnlyGoodOne(NotFoundException e) => Results.NotFound();
            }

            [ErrorHandlerScope("bad.name")]
            internal static class DottedScope
            {
                [ErrorHandler(404)] internal static IResult InvalidScope(NotFoundException e) => Results.NotFound();
            }
            """);

    [Test]
    public void Status_codes_of_user_classes_are_read_from_constants() =>
        Verify("""
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;

            namespace App;

            public sealed class InsufficientStorageException() : HttpException(Codes.Storage, "No space.");
            public sealed class LoopDetectedException : HttpException
            {
                public LoopDetectedException() : base(statusCode: 508) { }
                public LoopDetectedException(string description) : base(508, description) { }
                public LoopDetectedException(int depth, string description) : this(description) { }
            }
            public sealed class NotExtendedException : HttpException
            {
                public NotExtendedException(int code) : base(code) { }
                public override int StatusCode => 510;
            }
            public sealed class OldPageException : NotFoundException { }
            public sealed class MovedOnException : NotFoundException
            {
                public override int StatusCode { get { return 410; } }
            }

            internal static class Codes { public const int Storage = 507; }

            internal static class Errors
            {
                [ErrorHandler] internal static IResult Storage(InsufficientStorageException e) => Results.StatusCode(e.StatusCode);
                [ErrorHandler] internal static IResult Loop(LoopDetectedException e) => Results.StatusCode(e.StatusCode);
                [ErrorHandler] internal static IResult Extended(NotExtendedException e) => Results.StatusCode(e.StatusCode);
                [ErrorHandler] internal static IResult Old(OldPageException e) => Results.StatusCode(e.StatusCode);
                [ErrorHandler] internal static IResult Moved(MovedOnException e) => Results.StatusCode(e.StatusCode);
                [ErrorHandler(typeof(HttpException))] internal static IResult AnyHttp(HttpException e) => Results.StatusCode(e.StatusCode);
            }
            """);

    [Test]
    public void Handlers_of_referenced_libraries_join_the_applications_table()
    {
        var library = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("Shop.Domain", TestCompilation.WebUsings, """
            namespace Shop.Domain;

            public class OrderException : Exception { }
            public sealed class PaymentException() : HttpException(402, "card declined");

            internal static class OrderErrors
            {
                [ErrorHandler]
                internal static IResult Order(OrderException e) => Results.Text("order", statusCode: 409);
            }

            [ErrorHandlerScope("shop")]
            internal static class ShopErrors
            {
                [ErrorHandler(409)]
                internal static IResult Conflict(ConflictException e) => Results.Text("shop", statusCode: 409);
            }
            """));
        var application = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create(
            "Shop.Web",
            [TestCompilation.Reference(library.Output)],
            TestCompilation.WebUsings,
            """
            static class WebErrors
            {
                [ErrorHandler(404)]
                internal static IResult NotFound(NotFoundException e) => Results.Text("web", statusCode: 404);

                [ErrorHandler]
                internal static IResult Payment(Shop.Domain.PaymentException e) => Results.Text("pay", statusCode: e.StatusCode);
            }
            """));

        Assert.That(application.GeneratedCodeDiagnostics(), Is.Empty);
        Snapshot.Match(Snapshot.WithoutGeneratorVersion(application.Source(DispatchTableEmitter.HintName)));
    }

    /// <summary>
    /// A handler, its class, its exception class or a key may be <c>[Obsolete]</c>: the generated code still names them,
    /// and a build that treats warnings as errors must not fail on code the user did not write.
    /// </summary>
    [Test]
    public void Obsolete_handlers_keys_and_exception_classes_build_without_warnings()
    {
        const string Source = """
            using System;
            using ErrorHandlers;
            using Microsoft.AspNetCore.Http;

            namespace App;

            [Obsolete("Use PaymentException.")]
            public sealed class LegacyPaymentException : Exception;

            [Obsolete("Gone since v2.")]
            public sealed class RetiredException() : HttpException(410);

            internal static class Errors
            {
                [Obsolete("Kept for old clients.")]
                [ErrorHandler]
                internal static IResult Legacy(LegacyPaymentException e) => Results.StatusCode(402);

            #pragma warning disable CS0618 // the user's own code names the obsolete key, and says so
                [Obsolete]
                [ErrorHandler(typeof(RetiredException))]
                internal static IResult Retired(RetiredException e) => Results.StatusCode(e.StatusCode);
            #pragma warning restore CS0618
            }

            [Obsolete("Moved to Errors.")]
            internal static class OldErrors
            {
                [ErrorHandler(409)]
                internal static IResult Conflict(ConflictException e) => Results.StatusCode(e.StatusCode);
            }
            """;
        Verify(Source);

        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", Source));
        var strict = run.Output.WithOptions(run.Output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        Assert.That(run.Source(DispatchTableEmitter.HintName), Does.Contain("(410, global::App.RetiredException) =>"), "the obsolete key is in the table");
        Assert.That(strict.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }

    private static void Verify(string source, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var run = GeneratorRun.Start<ErrorHandlerGenerator>(TestCompilation.Create("App", source));

        Assert.That(run.Diagnostics, Is.Empty);
        Assert.That(run.GeneratedCodeDiagnostics(), Is.Empty);
        Snapshot.Match(Snapshot.WithoutGeneratorVersion(run.Source(DispatchTableEmitter.HintName)), name: testName);
    }
}
