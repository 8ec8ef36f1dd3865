using System.Net;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>docs/design.md, The 500 path, Flask's <c>handle_exception</c>: what happens to an error nobody handles, or a handler that fails.</summary>
public sealed class ServerErrorPathTests
{
    private const string Secret = "s3cr3t-marker";

    private const string WithServerErrorHandler = """
        public sealed class Boom(string message) : Exception(message);

        public static class Handlers
        {
            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) =>
                Results.Text($"500 handler; original: {e.OriginalException?.GetType().Name ?? "none"}; {e.OriginalException?.Message}", statusCode: 500);

            [ErrorHandler(404)]
            public static IResult ThrowsWhileHandling(NotFoundException e) => throw new InvalidOperationException("the 404 handler broke");

            [ErrorHandler(410)]
            public static IResult AbortsWhileHandling(GoneException e)
            {
                Abort.With(409);
                return Results.Ok();
            }

            [ErrorHandler(418)]
            public static IResult? ReturnsNull(ImATeapotException e) => null;

            [ErrorHandler]
            public static IResult MustNotRunForAHandlersFailure(InvalidOperationException e) => Results.Text("second lookup", statusCode: 200);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/boom", () => { throw new Boom("s3cr3t-marker"); });
                app.MapGet("/abort500", () => Abort.With(500));
                app.MapGet("/missing", () => Abort.With(404));
                app.MapGet("/gone", () => Abort.With(410));
                app.MapGet("/teapot", () => Abort.With(418));
                app.MapGet("/result", () => Abort.Result(new Boom("through Abort.Result")));
            }
        }
        """;

    private const string WithoutHandlers = """
        public sealed class Boom(string message) : Exception(message);

        public static class Handlers
        {
            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) => throw new InvalidOperationException("the 500 handler broke");
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/boom", () => { throw new Boom("s3cr3t-marker"); });
                app.MapGet("/result", () => Abort.Result(new Boom("s3cr3t-marker")));
            }
        }
        """;

    [Test]
    public async Task An_unhandled_exception_reaches_the_500_handler_as_the_original_and_is_logged_once()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithServerErrorHandler);

        var response = await app.Client.GetAsync("/boom");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo($"500 handler; original: Boom; {Secret}"));
        var errors = app.Logs.Of("ErrorHandlers", LogLevel.Error);
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Message, Is.EqualTo("Exception on /boom [GET]"));
        Assert.That(errors[0].EventId.Id, Is.EqualTo(1));
        Assert.That(errors[0].Exception, Has.Message.EqualTo(Secret));
    }

    [Test]
    public async Task A_thrown_InternalServerErrorException_has_no_original_and_is_not_logged()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithServerErrorHandler);

        var response = await app.Client.GetAsync("/abort500");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("500 handler; original: none; "));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Warning), Is.Empty);
    }

    [Test]
    public async Task A_handler_that_throws_sends_its_exception_down_the_500_path_without_a_second_lookup()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithServerErrorHandler);

        var response = await app.Client.GetAsync("/missing");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("500 handler; original: InvalidOperationException; the 404 handler broke"));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Error), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_handler_that_aborts_gives_a_500_not_its_code()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithServerErrorHandler);

        var response = await app.Client.GetAsync("/gone");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("500 handler; original: ConflictException; 409 Conflict: "));
    }

    [Test]
    public async Task A_handler_that_returns_null_is_a_handler_failure()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithServerErrorHandler);

        var response = await app.Client.GetAsync("/teapot");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            "500 handler; original: InvalidOperationException; The error handler Handlers.ReturnsNull returned null; a handler must return a response."));
    }

    [Test]
    public async Task Abort_Result_with_a_non_HTTP_exception_takes_the_same_500_path()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithServerErrorHandler);

        var response = await app.Client.GetAsync("/result");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("500 handler; original: Boom; through Abort.Result"));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Error).Single().Message, Is.EqualTo("Exception on /result [GET]"));
    }

    [Test]
    public async Task A_500_handler_that_throws_logs_both_and_sends_the_default_page_without_the_secret()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithoutHandlers);

        var response = await app.Client.GetAsync("/boom");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n"
            + "<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n"));
        var errors = app.Logs.Of("ErrorHandlers", LogLevel.Error);
        Assert.That(errors.Select(e => e.Exception?.Message), Is.EqualTo(new[] { Secret, "the 500 handler broke" }));
        Assert.That(errors[1].Message, Is.EqualTo("The 500 handler Handlers.ServerError failed; the default 500 response is sent instead"));
    }

    [TestCase("/boom")]
    [TestCase("/result")]
    public async Task PropagateExceptions_rethrows_the_original_unchanged_without_logging(string path)
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(WithoutHandlers, new TestAppOptions { PropagateExceptions = true });

        var thrown = Assert.CatchAsync<Exception>(() => app.Client.GetAsync(path));

        Assert.That(thrown!.GetType().Name, Is.EqualTo("Boom"));
        Assert.That(thrown.Message, Is.EqualTo(Secret));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Error), Is.Empty);
    }

    /// <summary>In Development, WebApplication puts the developer exception page in front: it is who sees the exception.</summary>
    [Test]
    public async Task PropagateExceptions_defaults_to_on_in_Development_only()
    {
        await using var development = await TestApp.StartAsync<ErrorHandlerGenerator>(WithoutHandlers, new TestAppOptions { PropagateExceptions = null, Environment = "Development" });
        await using var production = await TestApp.StartAsync<ErrorHandlerGenerator>(WithoutHandlers, new TestAppOptions { PropagateExceptions = null, Environment = "Production" });

        var developerPage = await (await development.Client.GetAsync("/boom")).Content.ReadAsStringAsync();
        var productionPage = await (await production.Client.GetAsync("/boom")).Content.ReadAsStringAsync();

        Assert.That(developerPage, Does.Contain("Boom: " + Secret));
        Assert.That(development.Logs.Of("ErrorHandlers", LogLevel.Error), Is.Empty);
        Assert.That(productionPage, Does.Contain("<title>500 Internal Server Error</title>").And.Not.Contain(Secret));
    }
}
