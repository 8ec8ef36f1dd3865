using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Observability: what logs, metrics, traces and APM agents see of each kind of error, through generated handlers in a
/// real pipeline.
/// </summary>
public sealed class ObservabilityTests
{
    private const string Secret = "s3cr3t-marker";

    private const string Program = """
        public sealed class Boom(string message) : Exception(message);

        public sealed class OutOfStock : Exception;

        public static class Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("custom 404", statusCode: 404);

            [ErrorHandler]
            public static IResult Sold(OutOfStock e) => Results.Text("sold out", statusCode: 409);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/missing", () => Abort.With(404));
                app.MapGet("/sold", () => { throw new OutOfStock(); });
                app.MapGet("/teapot", () => Abort.With(418));
                app.MapGet("/boom", () => { throw new Boom("s3cr3t-marker"); });
            }
        }
        """;

    /// <summary>Tells the test which trace the request ran in: the activity current in the pipeline.</summary>
    private static readonly TestAppOptions Options = new()
    {
        BeforeErrorHandlers = app => app.Use((context, next) =>
        {
            context.Response.Headers["X-Activity"] = Activity.Current?.Id;
            return next(context);
        }),
    };

    [Test]
    public async Task Handled_errors_are_counted_as_handled_by_their_handler_and_not_logged_in_any_category()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, Options);
        using var metric = ExceptionMetric.Record(app.App.Services.GetRequiredService<IMeterFactory>());

        foreach (var path in new[] { "/missing", "/sold", "/teapot" })
        {
            await app.Client.GetAsync(path);
        }

        Assert.That(metric.Measurements.Select(ExceptionMetric.Describe), Is.EqualTo(new[]
        {
            "ErrorHandlers.NotFoundException handled? handled by Handlers.NotFound",
            "OutOfStock handled? handled by Handlers.Sold",
            "ErrorHandlers.ImATeapotException handled? handled by ErrorHandlers.HttpException",
        }));
        Assert.That(app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty);
    }

    [Test]
    public async Task An_unhandled_exception_is_logged_once_in_all_categories_and_counted_as_answered_by_the_default_response()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, Options);
        using var metric = ExceptionMetric.Record(app.App.Services.GetRequiredService<IMeterFactory>());

        await app.Client.GetAsync("/boom");

        Assert.That(metric.Measurements.Select(ExceptionMetric.Describe), Is.EqualTo(new[] { "Boom handled? handled by ErrorHandlers.HttpException" }));
        Assert.That(
            app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => (e.Category, e.Level, e.EventId.Id, e.Exception?.Message)),
            Is.EqualTo(new[] { ("ErrorHandlers", LogLevel.Error, 1, Secret) }));
    }

    [Test]
    public async Task With_PropagateExceptions_the_exception_is_counted_as_unhandled()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, Options with { PropagateExceptions = true });
        using var metric = ExceptionMetric.Record(app.App.Services.GetRequiredService<IMeterFactory>());

        Assert.CatchAsync(() => app.Client.GetAsync("/boom"));

        Assert.That(metric.Measurements.Select(ExceptionMetric.Describe), Is.EqualTo(new[] { "Boom handled? unhandled" }));
    }

    [Test]
    public async Task An_unhandled_exception_adds_OpenTelemetrys_exception_event_to_the_current_activity_and_a_handled_one_does_not()
    {
        var stopped = new ConcurrentDictionary<string, Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => stopped[activity.Id!] = activity,
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, Options);

        var boom = await StoppedActivityOf(await app.Client.GetAsync("/boom"), stopped);
        var missing = await StoppedActivityOf(await app.Client.GetAsync("/missing"), stopped);

        var exception = boom.Events.Single();
        Assert.That(exception.Name, Is.EqualTo("exception"));
        var tags = exception.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.That(tags["exception.type"], Is.EqualTo("Boom"));
        Assert.That(tags["exception.message"], Is.EqualTo(Secret));
        Assert.That((string?)tags["exception.stacktrace"], Does.StartWith("Boom: " + Secret));
        Assert.That(missing.Events, Is.Empty);
    }

    [Test]
    public async Task An_unhandled_exception_tags_the_request_duration_with_its_error_type()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, Options);
        using var duration = new MetricRecorder(app.App.Services.GetRequiredService<IMeterFactory>(), "Microsoft.AspNetCore.Hosting", "http.server.request.duration");

        await app.Client.GetAsync("/boom");

        var measurement = await duration.WaitForAsync(tags => Equals(tags.GetValueOrDefault("http.response.status_code"), 500));
        Assert.That(measurement["error.type"], Is.EqualTo("Boom"));
    }

    [Test]
    public async Task Only_the_500_path_writes_UseExceptionHandlers_HandledException_diagnostic_event()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, Options);
        var events = new ConcurrentQueue<string>();
        using var subscription = app.App.Services.GetRequiredService<DiagnosticListener>().Subscribe(new Observer(events));

        await app.Client.GetAsync("/missing");
        await app.Client.GetAsync("/boom");

        Assert.That(events, Is.EqualTo(new[] { "Microsoft.AspNetCore.Diagnostics.HandledException /boom Boom" }), "a 404 is an answer: APM agents that read the event would report it");
    }

    private static Task<Activity> StoppedActivityOf(HttpResponseMessage response, ConcurrentDictionary<string, Activity> stopped)
    {
        var id = response.Headers.GetValues("X-Activity").Single();
        return Eventually.FindAsync(() => stopped.GetValueOrDefault(id), () => $"The activity {id} did not stop.");
    }

    /// <summary>Reads the event's payload by property name, as APM agents do.</summary>
    private sealed class Observer(ConcurrentQueue<string> events) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (!value.Key.StartsWith("Microsoft.AspNetCore.Diagnostics.", StringComparison.Ordinal))
            {
                return;
            }

            var payload = value.Value!.GetType();
            var context = (HttpContext)payload.GetProperty("httpContext")!.GetValue(value.Value)!;
            var exception = (Exception)payload.GetProperty("exception")!.GetValue(value.Value)!;
            events.Enqueue($"{value.Key} {context.Request.Path} {exception.GetType().FullName}");
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
