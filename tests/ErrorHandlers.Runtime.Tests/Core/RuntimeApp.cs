using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ErrorHandlers.TestKit;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>
/// A test-server application on this assembly's own generated table (it declares no handlers), for what the
/// runtime does when no handler answers: default pages, problem+json, headers.
/// </summary>
internal sealed class RuntimeApp : IAsyncDisposable
{
    private RuntimeApp(WebApplication app, LogCollector logs)
    {
        App = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public LogCollector Logs { get; }

    public static async Task<RuntimeApp> StartAsync(
        Action<WebApplication> map,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? beforeErrorHandlers = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(RuntimeApp).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseTestServer();
        var logs = new LogCollector();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddErrorHandlers();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        beforeErrorHandlers?.Invoke(app);
        app.UseErrorHandlers();
        map(app);
        await app.StartAsync();
        return new RuntimeApp(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
