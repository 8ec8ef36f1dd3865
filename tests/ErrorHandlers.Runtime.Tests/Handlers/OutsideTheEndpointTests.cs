using System.Net;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, The 500 path on Kestrel at 127.0.0.1: errors raised before a request reaches <c>UseErrorHandlers</c> — in
/// <c>WebApplication</c>'s implicit route matching, or in an endpoint that routing runs itself (<c>ShortCircuit()</c>) —
/// reach the same handlers and the 500 path, logged once.
/// </summary>
public sealed class OutsideTheEndpointTests
{
    private const string Program = """
        public static class Handlers
        {
            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) =>
                Results.Text($"500 handler: {e.OriginalException?.GetType().Name}", statusCode: 500);

            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text($"404 handler: {e.Description}", statusCode: 404);
        }

        [ErrorHandlerScope("blog")]
        public static class BlogHandlers
        {
            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) =>
                Results.Text($"blog 500 handler: {e.OriginalException?.Message}", statusCode: 500);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/ok", () => "ok");
                app.MapGet("/twin/{first}", (string first) => first);
                app.MapGet("/twin/{second}", (string second) => second);
                app.MapGet("/short/missing", () => Abort.With(404, "short-circuited")).ShortCircuit();
                app.MapGet("/short/crash", () => { throw new InvalidOperationException("short crash"); }).ShortCircuit().WithErrorHandlerScope("blog");
            }
        }
        """;

    private TestApp _app = null!;

    [SetUp]
    public async Task Start() => _app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions { Kestrel = true });

    [TearDown]
    public async Task Stop()
    {
        var next = await _app.Client.GetAsync("/ok");
        Assert.That((next.StatusCode, await next.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "ok")), "the server answers the next request");
        await _app.DisposeAsync();
    }

    [Test]
    public async Task An_ambiguous_route_match_reaches_the_500_path_once()
    {
        using var response = await _app.Client.GetAsync("/twin/x");

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.InternalServerError, "500 handler: AmbiguousMatchException")));
        Assert.That(WarningsAndAbove(), Is.EqualTo(new[] { "ErrorHandlers[1] AmbiguousMatchException" }), "logged once, by ErrorHandlers only");
    }

    [Test]
    public async Task A_short_circuited_endpoint_reaches_its_handlers_and_scopes()
    {
        using var missing = await _app.Client.GetAsync("/short/missing");
        using var crash = await _app.Client.GetAsync("/short/crash");

        Assert.That((missing.StatusCode, await missing.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.NotFound, "404 handler: short-circuited")));
        Assert.That((crash.StatusCode, await crash.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.InternalServerError, "blog 500 handler: short crash")));
        Assert.That(WarningsAndAbove(), Is.EqualTo(new[] { "ErrorHandlers[1] InvalidOperationException" }));
    }

    private IEnumerable<string> WarningsAndAbove() =>
        _app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}[{e.EventId.Id}] {e.Exception?.GetType().Name}");
}
