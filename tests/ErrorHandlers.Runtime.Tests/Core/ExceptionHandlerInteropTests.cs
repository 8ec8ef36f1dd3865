using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>ASP.NET Core's IExceptionHandlers take part: after the table, before the 500 path, for non-HTTP exceptions.</summary>
public sealed class ExceptionHandlerInteropTests
{
    [Test]
    public async Task A_registered_IExceptionHandler_answers_what_no_handler_method_takes()
    {
        await using var app = await StartAsync(services => services.AddExceptionHandler<Declines>().AddExceptionHandler<HandlesTimeouts>());

        var response = await app.Client.GetAsync("/timeout");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("handled by HandlesTimeouts"));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Error), Is.Empty);
    }

    [Test]
    public async Task HTTP_errors_keep_their_default_response_and_never_reach_an_IExceptionHandler()
    {
        await using var app = await StartAsync(services => services.AddExceptionHandler<HandlesEverything>());

        var response = await app.Client.GetAsync("/missing");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>404 Not Found</title>"));
    }

    [Test]
    public async Task When_every_IExceptionHandler_declines_the_500_path_runs()
    {
        await using var app = await StartAsync(services => services.AddExceptionHandler<Declines>());

        var response = await app.Client.GetAsync("/timeout");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Error).Single().Exception, Is.TypeOf<TimeoutException>());
    }

    [Test]
    public async Task An_IExceptionHandler_that_throws_sends_its_exception_down_the_500_path()
    {
        await using var app = await StartAsync(services => services.AddExceptionHandler<Throws>());

        var response = await app.Client.GetAsync("/timeout");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(app.Logs.Of("ErrorHandlers", LogLevel.Error).Single().Exception, Has.Message.EqualTo("the handler broke"));
    }

    private static Task<RuntimeApp> StartAsync(Action<IServiceCollection> services) =>
        RuntimeApp.StartAsync(
            app =>
            {
                app.MapGet("/timeout", () => { throw new TimeoutException(); });
                app.MapGet("/missing", () => Abort.With(404));
            },
            services);

    private sealed class Declines : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) => new(false);
    }

    private sealed class HandlesTimeouts : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not TimeoutException)
            {
                return false;
            }

            httpContext.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
            await httpContext.Response.WriteAsync("handled by HandlesTimeouts", cancellationToken);
            return true;
        }
    }

    private sealed class HandlesEverything : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) => new(true);
    }

    private sealed class Throws : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the handler broke");
    }
}
