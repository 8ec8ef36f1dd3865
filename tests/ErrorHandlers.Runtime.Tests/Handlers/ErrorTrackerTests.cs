using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Sentry;
using Sentry.AspNetCore;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Observability with the real SDKs on Kestrel at 127.0.0.1: Sentry.AspNetCore 7.0.0 (its middleware, which reports any
/// error it finds in <c>IExceptionHandlerFeature</c>, and its logging integration, which reports Error logs) and
/// OpenTelemetry's ASP.NET Core instrumentation 1.21.0 see an exception only when it reached the 500 path, once, as
/// Flask's Sentry integration does. Sentry's events are recorded and dropped in <c>BeforeSend</c>: nothing leaves the
/// machine, and the DSN points nowhere.
/// </summary>
[NonParallelizable]
public sealed class ErrorTrackerTests
{
    private const string Program = """
        using System.Security.Claims;
        using System.Text.Encodings.Web;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.Extensions.Options;

        public sealed class NobodyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
            : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
        {
            protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
        }

        public sealed class OrderConflict(string message) : Exception(message);

        public static class Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Json(new { error = e.Description }, statusCode: 404);

            [ErrorHandler]
            public static IResult Conflict(OrderConflict e) => Results.Json(new { error = e.Message }, statusCode: 409);
        }

        public static class Services
        {
            public static void Add(IServiceCollection services)
            {
                services.AddAuthentication("Nobody").AddScheme<AuthenticationSchemeOptions, NobodyAuthentication>("Nobody", null);
                services.AddAuthorization();
            }
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/thrown", () => { throw new NotFoundException("thrown"); });
                app.MapGet("/class", () => { throw new OrderConflict("taken"); });
                app.MapGet("/result", () => Abort.Result(404, "returned"));
                app.MapGet("/private", () => "secret").RequireAuthorization();
                app.MapGet("/boom", () => { throw new InvalidOperationException("the database is on fire"); });
            }
        }
        """;

    private static readonly ConcurrentQueue<SentryEvent> SentryEvents = new();
    private static readonly List<Activity> Spans = [];
    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() =>
        s_app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions
        {
            Kestrel = true,
            WebHost = host => host.UseSentry(sentry =>
            {
                sentry.Dsn = "http://public@127.0.0.1:9/1";
                sentry.AutoSessionTracking = false;
                sentry.SendClientReports = false;
                sentry.DisableAppDomainUnhandledExceptionCapture();
                sentry.DisableUnobservedTaskExceptionCapture();
                sentry.SetBeforeSend((sentryEvent, _) =>
                {
                    SentryEvents.Enqueue(sentryEvent);
                    return null;
                });
            }),
            Services = services => services.AddOpenTelemetry().WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddInMemoryExporter(Spans)),
        });

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [TestCase("/thrown", HttpStatusCode.NotFound, TestName = "A thrown 404 a handler answered")]
    [TestCase("/class", HttpStatusCode.Conflict, TestName = "An exception a class handler answered")]
    [TestCase("/result", HttpStatusCode.NotFound, TestName = "Abort.Result(404)")]
    [TestCase("/nowhere", HttpStatusCode.NotFound, TestName = "A routing 404")]
    [TestCase("/private", HttpStatusCode.Unauthorized, TestName = "An authentication challenge")]
    public async Task A_handled_error_is_no_event_for_Sentry_nor_an_exception_on_the_span(string path, HttpStatusCode status)
    {
        var (events, exceptions) = await TrackAsync(path, status);

        Assert.That(events, Is.Empty, "Sentry events");
        Assert.That(exceptions, Is.Zero, "exception events on the request's span");
    }

    [Test]
    public async Task An_unhandled_exception_is_one_Sentry_event_and_one_exception_on_the_span()
    {
        var (events, exceptions) = await TrackAsync("/boom", HttpStatusCode.InternalServerError);

        Assert.That(events.Select(e => (e.Exception?.GetType().Name, e.Exception?.Message, e.Level)), Is.EqualTo(new[]
        {
            ((string?)"InvalidOperationException", (string?)"the database is on fire", (SentryLevel?)SentryLevel.Error),
        }));
        Assert.That(exceptions, Is.EqualTo(1));
    }

    /// <summary>Sends one request, waits for its span to end, and returns what Sentry and OpenTelemetry recorded for it.</summary>
    private static async Task<(IReadOnlyList<SentryEvent> Events, int Exceptions)> TrackAsync(string path, HttpStatusCode status)
    {
        SentryEvents.Clear();
        lock (Spans)
        {
            Spans.Clear();
        }

        using var response = await s_app.Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(status));

        var span = await Eventually.FindAsync(
            () =>
            {
                lock (Spans)
                {
                    return Spans.FirstOrDefault(s => Equals(s.GetTagItem("url.path"), path));
                }
            },
            () => $"No span ended for {path}.");
        await SentrySdk.FlushAsync(TimeSpan.FromSeconds(5));
        return ([.. SentryEvents], span.Events.Count(e => e.Name == "exception"));
    }
}
