using System.Net;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, The 500 path: an error raised while a handler runs, returned as <c>Abort.Result</c> as much as thrown, is a handler
/// failure that the 500 path answers; no handler graph can recurse. On Kestrel at 127.0.0.1: before the guard, each of
/// these requests overflowed the stack and took the process, and every other request, down with it.
/// </summary>
public sealed class ReentryTests
{
    private const string Program = """
        using Microsoft.AspNetCore.Diagnostics;

        public sealed class Later(IResult inner) : IResult
        {
            public async Task ExecuteAsync(HttpContext httpContext)
            {
                await Task.Yield();
                await inner.ExecuteAsync(httpContext);
            }
        }

        public sealed class DispatchingExceptionHandler : IExceptionHandler
        {
            public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
            {
                if (exception is not Unclaimed)
                {
                    return false;
                }

                await Abort.Result(exception).ExecuteAsync(httpContext);
                return true;
            }
        }

        public sealed class Unclaimed(string message) : Exception(message);

        public static class Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Abort.Result(404, "again");

            [ErrorHandler(403)]
            public static IResult Forbidden(ForbiddenException e) => Abort.Result(410);

            [ErrorHandler(410)]
            public static IResult Gone(GoneException e) => Abort.Result(403);

            [ErrorHandler(409)]
            public static IResult Conflict(ConflictException e) => new Later(Abort.Result(new InvalidOperationException("nested")));

            [ErrorHandler(418)]
            public static async Task<IResult> Teapot(ImATeapotException e)
            {
                await Task.Yield();
                return Abort.Result(e);
            }

            [ErrorHandler(422)]
            public static IResult ReturnsItself(UnprocessableEntityException e) => e;

            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) =>
                Results.Text($"500 handler: {e.OriginalException?.Message}", statusCode: 500);
        }

        [ErrorHandlerScope("blog")]
        public static class BlogHandlers
        {
            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) => Abort.Result(500, "Sorry");
        }

        public static class Services
        {
            public static void Add(IServiceCollection services) => services.AddExceptionHandler<DispatchingExceptionHandler>();
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/ok", () => "ok");
                app.MapGet("/forbidden", () => Abort.Result(403));
                app.MapGet("/conflict", () => Abort.With(409));
                app.MapGet("/teapot", () => Abort.Result(418));
                app.MapGet("/unprocessable", () => Abort.With(422));
                app.MapGet("/unclaimed", () => { throw new Unclaimed("nobody takes this"); });
                app.MapGet("/blog/crash", () => { throw new InvalidOperationException("the blog broke"); }).WithErrorHandlerScope("blog");
            }
        }
        """;

    private TestApp _app = null!;

    [SetUp]
    public async Task Start() =>
        _app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions { Kestrel = true });

    [TearDown]
    public async Task Stop()
    {
        var next = await _app.Client.GetAsync("/ok");
        Assert.That((next.StatusCode, await next.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "ok")), "the server answers the next request");
        await _app.DisposeAsync();
    }

    [TestCase("/nowhere", "Abort.Result(404 Not Found) was executed by the error handler Handlers.NotFound while it answered 404 Not Found.")]
    [TestCase("/forbidden", "Abort.Result(410 Gone) was executed by the error handler Handlers.Forbidden while it answered 403 Forbidden.")]
    [TestCase("/conflict", "Abort.Result(System.InvalidOperationException) was executed by the error handler Handlers.Conflict while it answered 409 Conflict.")]
    [TestCase("/teapot", "Abort.Result(418 I'm a teapot) was executed by the error handler Handlers.Teapot while it answered 418 I'm a teapot.")]
    public async Task A_handler_that_dispatches_an_error_fails_into_the_500_path_once(string path, string message)
    {
        var response = await _app.Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("500 handler: " + message));
        var logged = _app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.That(logged.Select(e => (e.Category, e.Level, e.EventId.Id)), Is.EqualTo(new[] { ("ErrorHandlers", LogLevel.Error, 1) }));
        Assert.That(logged[0].Exception, Is.InstanceOf<InvalidOperationException>().And.Property(nameof(Exception.InnerException)).Not.Null);
    }

    [Test]
    public async Task A_500_handler_that_dispatches_gets_the_default_500_page()
    {
        var response = await _app.Client.GetAsync("/blog/crash");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>500 Internal Server Error</title>"));
        var logged = _app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => (e.Category, e.Level, e.EventId.Id, e.Exception?.Message));
        Assert.That(logged, Is.EqualTo(new[]
        {
            ("ErrorHandlers", LogLevel.Error, 1, "the blog broke"),
            ("ErrorHandlers", LogLevel.Error, 2, "Abort.Result(500 Internal Server Error) was executed by the error handler BlogHandlers.ServerError while it answered "
                + "System.InvalidOperationException. An error raised while an error is answered goes down the 500 path instead of a second lookup (EH0015): "
                + "return the response itself, or the exception for its default page."),
        }));
    }

    [Test]
    public async Task An_IExceptionHandler_that_dispatches_fails_into_the_500_path()
    {
        var response = await _app.Client.GetAsync("/unclaimed");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith(
            "500 handler: Abort.Result(Unclaimed) was executed by the error handler DispatchingExceptionHandler while it answered Unclaimed."));
        Assert.That(_app.Logs.Entries.Count(e => e.Level >= LogLevel.Warning), Is.EqualTo(1));
    }

    [Test]
    public async Task A_handler_that_returns_its_exception_still_renders_its_default_page()
    {
        var response = await _app.Client.GetAsync("/unprocessable");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>422 Unprocessable Entity</title>"));
        Assert.That(_app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty);
    }
}
