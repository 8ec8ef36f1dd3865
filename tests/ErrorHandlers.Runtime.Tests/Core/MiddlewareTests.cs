using System.Diagnostics.Metrics;
using System.Net;
using ErrorHandlers.Pipeline;
using ErrorHandlers.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>docs/design.md, The 500 path and Observability: the edges of the pipeline, driven through UseErrorHandlers.</summary>
public sealed class MiddlewareTests
{
    [Test]
    public async Task Headers_of_other_middleware_are_kept_and_those_of_the_failed_body_are_replaced()
    {
        await using var app = await RuntimeApp.StartAsync(
            a => a.MapGet("/", (HttpResponse response) =>
            {
                response.ContentType = "application/pdf";
                response.Headers.ETag = "\"v1\"";
                response.Headers.ContentLanguage = "de";
                throw new NotFoundException();
            }),
            beforeErrorHandlers: a => a.Use((context, next) =>
            {
                context.Response.Headers["X-Frame-Options"] = "DENY";
                context.Response.Headers["Access-Control-Allow-Origin"] = "https://example.org";
                return next(context);
            }));

        var response = await app.Client.GetAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "https://example.org" }));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(response.Headers.ETag, Is.Null);
        Assert.That(response.Content.Headers.ContentLanguage, Is.Empty);
    }

    [Test]
    public async Task A_client_that_disconnected_gets_499_and_a_debug_line_and_no_handler()
    {
        using var pipeline = new Pipeline(_ => throw new OperationCanceledException());
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        pipeline.Context.RequestAborted = aborted.Token;

        await pipeline.RunAsync();

        Assert.That(pipeline.Context.Response.StatusCode, Is.EqualTo(StatusCodes.Status499ClientClosedRequest));
        Assert.That(pipeline.Logs.Of("ErrorHandlers").Select(e => (e.Level, e.EventId.Id)), Is.EqualTo(new[] { (LogLevel.Debug, 4) }));
        Assert.That(pipeline.Body(), Is.Empty);
        Assert.That(pipeline.Measurements, Is.EqualTo(new[] { "System.OperationCanceledException handled? aborted" }));
    }

    [Test]
    public async Task An_error_after_the_response_started_aborts_the_connection_and_writes_nothing()
    {
        using var pipeline = new Pipeline(_ => throw new InvalidOperationException("mid-stream"));
        pipeline.Response.IsStarted = true;

        await pipeline.RunAsync();

        Assert.That(pipeline.Lifetime.Aborted, Is.True);
        Assert.That(pipeline.Body(), Is.Empty);
        var entry = pipeline.Logs.Of("ErrorHandlers").Single();
        Assert.That((entry.Level, entry.EventId.Id, entry.Exception?.Message), Is.EqualTo((LogLevel.Warning, 3, "mid-stream")));
        Assert.That(pipeline.Measurements, Is.EqualTo(new[] { "System.InvalidOperationException handled? skipped" }));
    }

    [Test]
    public async Task The_exception_handler_feature_carries_the_error_and_the_metric_counts_it_as_handled()
    {
        var thrown = new InvalidOperationException("boom");
        using var pipeline = new Pipeline(_ => throw thrown);

        await pipeline.RunAsync();

        var feature = pipeline.Context.Features.Get<IExceptionHandlerPathFeature>();
        Assert.That(feature?.Error, Is.SameAs(thrown));
        Assert.That(feature?.Path, Is.EqualTo("/things"));
        Assert.That(pipeline.Context.Response.StatusCode, Is.EqualTo(500));
        Assert.That(pipeline.Logs.Of("ErrorHandlers", LogLevel.Error).Single().Message, Is.EqualTo("Exception on /things [GET]"));
        Assert.That(pipeline.Measurements, Is.EqualTo(new[] { "System.InvalidOperationException handled? handled by ErrorHandlers.HttpException" }));
    }

    [Test]
    public async Task The_exception_handler_feature_carries_the_route_values_and_creates_none()
    {
        using var routed = new Pipeline(_ => throw new InvalidOperationException("boom"));
        routed.Context.Request.RouteValues["id"] = "7";
        using var unrouted = new Pipeline(_ => throw new InvalidOperationException("boom"));

        await routed.RunAsync();
        await unrouted.RunAsync();

        Assert.That(routed.Context.Features.Get<IExceptionHandlerPathFeature>()?.RouteValues?["id"], Is.EqualTo("7"));
        Assert.That(unrouted.Context.Features.Get<IExceptionHandlerPathFeature>()?.RouteValues, Is.Null);
        Assert.That(unrouted.Context.Features.Get<IRouteValuesFeature>(), Is.Null, "reading the route values created them");
    }

    [Test]
    public async Task Abort_Result_of_a_code_is_one_shared_result_whose_every_execution_has_its_own_error()
    {
        var result = Abort.Result(404);
        using var first = new Pipeline(result.ExecuteAsync);
        using var second = new Pipeline(result.ExecuteAsync);

        await first.RunAsync();
        await second.RunAsync();

        Assert.That(Abort.Result(404), Is.SameAs(result));
        Assert.That(Abort.Result(404, "Gone fishing"), Is.Not.SameAs(result));
        var errors = new[] { first, second }.Select(pipeline => pipeline.Context.Features.Get<RequestError>()?.Received).ToList();
        Assert.That(errors, Is.All.InstanceOf<NotFoundException>());
        Assert.That(errors[0], Is.Not.SameAs(errors[1]));
        Assert.That((first.Context.Response.StatusCode, second.Context.Response.StatusCode), Is.EqualTo((404, 404)));
    }

    [Test]
    public async Task The_success_path_passes_through_untouched()
    {
        using var pipeline = new Pipeline(context => context.Response.WriteAsync("fine"));

        await pipeline.RunAsync();

        Assert.That(pipeline.Context.Response.StatusCode, Is.EqualTo(200));
        Assert.That(pipeline.Body(), Is.EqualTo("fine"));
        Assert.That(pipeline.Logs.Entries, Is.Empty);
        Assert.That(pipeline.Measurements, Is.Empty);
    }

    [Test]
    public async Task Without_UseErrorHandlers_the_pipeline_stays_as_it_was()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(RuntimeApp).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddErrorHandlers();
        await using var app = builder.Build();
        app.MapGet("/", () => Abort.With(404));
        await app.StartAsync();

        var error = Assert.ThrowsAsync<NotFoundException>(() => app.GetTestClient().GetAsync("/"));

        Assert.That(error?.Description, Is.EqualTo(NotFoundException.DefaultDescription), "the test server saw the exception itself, answered by nobody");
    }

    [Test]
    public void UseErrorHandlers_without_AddErrorHandlers_says_what_to_add()
    {
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());

        var error = Assert.Throws<InvalidOperationException>(() => app.UseErrorHandlers());

        Assert.That(error.Message, Does.Contain("builder.Services.AddErrorHandlers()"));
    }

    [Test]
    public void A_missing_table_is_a_clear_startup_error_naming_the_tables_there_are()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new Environment("SomeOtherApp"))
            .AddErrorHandlers()
            .BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => new ApplicationBuilder(services).UseErrorHandlers());

        Assert.That(error.Message, Does.StartWith("ErrorHandlers found no generated dispatch table for the application 'SomeOtherApp'."));
        Assert.That(error.Message, Does.Contain("'ErrorHandlers.Runtime.Tests'"));
    }

    /// <summary>UseErrorHandlers in front of one request delegate, on a hand-made context, with logs and metrics recorded.</summary>
    private sealed class Pipeline : IDisposable
    {
        private readonly RequestDelegate _pipeline;
        private readonly MetricRecorder _metrics;
        private readonly MemoryStream _body = new();

        public Pipeline(RequestDelegate endpoint)
        {
            var services = new ServiceCollection()
                .AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
                .AddSingleton<IHostEnvironment>(new Environment(typeof(Pipeline).Assembly.GetName().Name!))
                .AddErrorHandlers()
                .BuildServiceProvider();
            var app = new ApplicationBuilder(services);
            app.UseErrorHandlers();
            app.Run(endpoint);
            _pipeline = app.Build();

            _metrics = ExceptionMetric.Record(services.GetRequiredService<IMeterFactory>());

            Context = new DefaultHttpContext { RequestServices = services };
            Context.Request.Method = "GET";
            Context.Request.Path = "/things";
            Context.Features.Set<IHttpResponseFeature>(Response);
            Context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(_body));
            Context.Features.Set<IHttpRequestLifetimeFeature>(Lifetime);
        }

        public LogCollector Logs { get; } = new();

        public DefaultHttpContext Context { get; }

        public StartableResponse Response { get; } = new();

        public RecordingLifetime Lifetime { get; } = new();

        public IReadOnlyList<string> Measurements => [.. _metrics.Measurements.Select(ExceptionMetric.Describe)];

        public Task RunAsync() => _pipeline(Context);

        public string Body() => System.Text.Encoding.UTF8.GetString(_body.ToArray());

        public void Dispose()
        {
            _metrics.Dispose();
            _body.Dispose();
        }
    }

    private sealed class StartableResponse : HttpResponseFeature
    {
        public bool IsStarted { get; set; }

        public override bool HasStarted => IsStarted;
    }

    private sealed class RecordingLifetime : IHttpRequestLifetimeFeature
    {
        public CancellationToken RequestAborted { get; set; }

        public bool Aborted { get; private set; }

        public void Abort() => Aborted = true;
    }

    private sealed class Environment(string applicationName) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = applicationName;

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
