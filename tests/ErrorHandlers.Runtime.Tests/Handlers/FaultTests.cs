using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// Every fault a handler, a result or a client can cause, each on Kestrel at 127.0.0.1: it ends in the outcome
/// docs/design.md, The 500 path names, it is logged once at its level, nothing is written twice, and the server answers the next request.
/// </summary>
public sealed class FaultTests
{
    private const string Program = """
        public sealed class Boom(string message) : Exception(message);

        public sealed class ThrowingResult(bool writeFirst) : IResult
        {
            public async Task ExecuteAsync(HttpContext httpContext)
            {
                if (writeFirst)
                {
                    await httpContext.Response.WriteAsync("partial ");
                }

                throw new Boom("the result broke");
            }
        }

        public static class Handlers
        {
            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) =>
                Results.Text($"500 handler: {e.OriginalException?.GetType().Name}: {e.OriginalException?.Message}", statusCode: 500);

            [ErrorHandler(400)]
            public static IResult BadRequest(BadRequestException e, ILoggerFactory loggers)
            {
                loggers.CreateLogger("Handlers").LogInformation("400 handler ran");
                return Results.Text("400 handler", statusCode: 400);
            }

            [ErrorHandler(409)]
            public static IResult ResultThrowsBeforeWriting(ConflictException e) => new ThrowingResult(writeFirst: false);

            [ErrorHandler(410)]
            public static IResult ResultThrowsAfterWriting(GoneException e) => new ThrowingResult(writeFirst: true);

            [ErrorHandler(503)]
            public static async Task<IResult> WaitsForTheClient(ServiceUnavailableException e, ILoggerFactory loggers, CancellationToken requestAborted)
            {
                loggers.CreateLogger("Handlers").LogInformation("503 handler waiting");
                await Task.Delay(Timeout.Infinite, requestAborted);
                return Results.Ok();
            }

            [ErrorHandler(504)]
            public static async Task<IResult> GivesUpOnItsOwn(GatewayTimeoutException e)
            {
                using var deadline = new CancellationTokenSource();
                await deadline.CancelAsync();
                await Task.Delay(1000, deadline.Token);
                return Results.Ok();
            }
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/ok", () => "ok");
                app.MapGet("/missing", () => Abort.With(404));
                app.MapGet("/conflict", () => Abort.With(409));
                app.MapGet("/gone", () => Abort.With(410));
                app.MapGet("/unavailable", () => Abort.With(503));
                app.MapGet("/timeout", () => Abort.With(504));
                app.MapGet("/stream", async (HttpResponse response) =>
                {
                    await response.WriteAsync("first chunk\n");
                    await response.Body.FlushAsync();
                    throw new Boom("mid-stream");
                });
                app.MapPost("/upload", async (HttpRequest request, ILoggerFactory loggers) =>
                {
                    loggers.CreateLogger("Routes").LogInformation("upload reading");
                    await request.Body.CopyToAsync(Stream.Null);
                    return "read";
                });
            }
        }
        """;

    private TestApp _app = null!;
    private MetricRecorder _metric = null!;

    private Uri Server => _app.Client.BaseAddress!;

    [SetUp]
    public async Task Start()
    {
        _app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions
        {
            Kestrel = true,
            // The service asks its writers in registration order: this one comes before the default writer.
            Services = services => services.AddSingleton<IProblemDetailsWriter, ThrowingProblemDetailsWriter>().AddProblemDetails(),
        });
        _metric = ExceptionMetric.Record(_app.App.Services.GetRequiredService<IMeterFactory>());
    }

    [TearDown]
    public async Task Stop()
    {
        var next = await _app.Client.GetAsync("/ok");
        Assert.That((next.StatusCode, await next.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "ok")), "the server answers the request after the fault");
        Assert.That(
            _app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category != "ErrorHandlers").Select(e => $"{e.Category}[{e.EventId.Id}] {e.Message}"),
            Is.Empty,
            "the fault is logged once, by ErrorHandlers, and by nobody else");
        _metric.Dispose();
        await _app.DisposeAsync();
    }

    [Test]
    public async Task An_IResult_that_throws_before_writing_goes_down_the_500_path()
    {
        var response = await _app.Client.GetAsync("/conflict");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("500 handler: Boom: the result broke"));
        Assert.That(await MeasurementsAsync(), Is.EqualTo(new[] { "Boom handled? handled by Handlers.ServerError" }));
        Assert.That(Ours(LogLevel.Information), Is.EqualTo(new[] { (LogLevel.Error, 1, "the result broke") }));
    }

    [Test]
    public async Task An_IResult_that_throws_after_writing_aborts_the_connection_with_one_warning()
    {
        var wire = await RawHttp.ExchangeAsync(Server, Get("/gone"));

        AssertBrokenOff(wire);
        await _app.Logs.WaitForAsync(e => e.EventId.Id == 3);
        Assert.That(Ours(LogLevel.Information), Is.EqualTo(new[] { (LogLevel.Warning, 3, "the result broke") }));
        Assert.That(await MeasurementsAsync(), Is.EqualTo(new[] { "Boom handled? skipped" }));
    }

    [Test]
    public async Task A_streaming_endpoint_that_throws_after_the_first_flush_aborts_the_connection_with_one_warning()
    {
        var wire = await RawHttp.ExchangeAsync(Server, Get("/stream"));

        AssertBrokenOff(wire);
        await _app.Logs.WaitForAsync(e => e.EventId.Id == 3);
        Assert.That(Ours(LogLevel.Information), Is.EqualTo(new[] { (LogLevel.Warning, 3, "mid-stream") }));
        Assert.That(await MeasurementsAsync(), Is.EqualTo(new[] { "Boom handled? skipped" }));
    }

    [Test]
    public async Task A_client_that_disconnects_while_the_body_is_read_gets_no_handler_and_a_debug_line()
    {
        using (var client = await RawHttp.SendThenHoldAsync(Server, "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\n\r\nonly ten b"))
        {
            await _app.Logs.WaitForAsync(e => e.Message == "upload reading");
            RawHttp.Reset(client);
        }

        await _app.Logs.WaitForAsync(e => e.EventId.Id == 4);
        await ConnectionStoppedAsync();
        Assert.That(Ours(LogLevel.Debug).Select(e => (e.Level, e.EventId)), Is.EqualTo(new[] { (LogLevel.Debug, 4) }));
        Assert.That(_app.Logs.Of("Handlers"), Is.Empty, "no handler runs for a client that is gone");
        Assert.That((await MeasurementsAsync()).Single(), Does.EndWith(" handled? aborted"), "a reset or a cancellation, whichever the transport noticed first");
    }

    [Test]
    public async Task A_client_that_disconnects_while_a_handler_runs_cancels_it_and_gets_a_debug_line()
    {
        using (var client = await RawHttp.SendThenHoldAsync(Server, Get("/unavailable")))
        {
            await _app.Logs.WaitForAsync(e => e.Message == "503 handler waiting");
            RawHttp.Reset(client);
        }

        await _app.Logs.WaitForAsync(e => e.EventId.Id == 4);
        await ConnectionStoppedAsync();
        Assert.That(Ours(LogLevel.Debug).Select(e => (e.Level, e.EventId)), Is.EqualTo(new[] { (LogLevel.Debug, 4) }));
        Assert.That((await MeasurementsAsync()).Single(), Does.EndWith(" handled? aborted"));
    }

    [Test]
    public async Task A_handler_cancelled_by_its_own_token_is_a_handler_failure()
    {
        var response = await _app.Client.GetAsync("/timeout");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("500 handler: TaskCanceledException: A task was canceled."));
        Assert.That(Ours(LogLevel.Information), Is.EqualTo(new[] { (LogLevel.Error, 1, "A task was canceled.") }));
    }

    [Test]
    public async Task A_problem_details_writer_that_throws_is_logged_once_and_our_own_problem_json_answers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/missing");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await _app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.5\",\"title\":\"Not Found\",\"status\":404,"));
        Assert.That(Ours(LogLevel.Information), Is.EqualTo(new[] { (LogLevel.Error, 5, ThrowingProblemDetailsWriter.Message) }));
        Assert.That(await MeasurementsAsync(), Is.EqualTo(new[] { "ErrorHandlers.NotFoundException handled? handled by ErrorHandlers.HttpException" }));
    }

    /// <summary>
    /// The server counts an error after it answered it (a client can have the whole body by then) or after its log
    /// line, so this waits for the first measurement.
    /// </summary>
    private async Task<IEnumerable<string>> MeasurementsAsync()
    {
        await _metric.WaitForAsync(_ => true);
        return _metric.Measurements.Select(ExceptionMetric.Describe);
    }

    /// <summary>Kestrel's last word on a connection, after which it logs nothing more about it (a failed body drain included).</summary>
    private Task ConnectionStoppedAsync() =>
        _app.Logs.WaitForAsync(e => e.Category == "Microsoft.AspNetCore.Server.Kestrel.Connections" && e.EventId.Id == 2);

    private static string Get(string path) => $"GET {path} HTTP/1.1\r\nHost: test\r\n\r\n";

    /// <summary>
    /// What a client sees of an aborted response: whatever had reached the wire (the abort may overtake it), never a
    /// second body, and never the zero-length chunk that would make a short body look complete.
    /// </summary>
    private static void AssertBrokenOff(string wire)
    {
        Assert.That(wire, Does.Not.Contain("500 handler").And.Not.Contain("<!doctype"));
        Assert.That(wire, Does.Not.EndWith("\r\n0\r\n\r\n"));
    }

    private IEnumerable<(LogLevel Level, int EventId, string? Exception)> Ours(LogLevel level) =>
        _app.Logs.Of("ErrorHandlers", level).Select(e => (e.Level, e.EventId.Id, e.Exception?.Message));
}
