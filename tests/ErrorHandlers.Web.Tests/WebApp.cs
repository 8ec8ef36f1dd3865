using ErrorHandlers.Web.Tests.Blazor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Web.Tests;

/// <summary>
/// The test assembly as an application on Kestrel at 127.0.0.1: MVC controllers with Razor views, a Blazor Web App
/// (static server rendering) in the "components" scope, and minimal endpoints, behind <c>UseErrorHandlers</c>.
/// </summary>
internal sealed class WebApp : IAsyncDisposable
{
    private WebApp(WebApplication app, HttpClient client, LogCollector logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public LogCollector Logs { get; }

    /// <summary>The error-level log entries, whoever wrote them.</summary>
    public IReadOnlyList<LogEntry> Errors => [.. Logs.Entries.Where(entry => entry.Level >= LogLevel.Error)];

    public static async Task<WebApp> StartAsync(string environment = "Production", Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            EnvironmentName = environment,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new LogCollector();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddErrorHandlers();
        if (services is null)
        {
            builder.Services.AddControllersWithViews().AddXmlSerializerFormatters();
            builder.Services.AddRazorComponents();
        }
        else
        {
            services(builder.Services);
        }

        var app = builder.Build();
        app.UseErrorHandlers();
        app.UseAntiforgery();
        app.MapControllers();
        app.MapRazorComponents<App>().WithErrorHandlerScope("components");
        app.MapGet("/minimal/missing", () => Results.NotFound());
        app.MapGroup("/plain").WithErrorHandlerScope("components")
            .MapGet("/products/{id:int}", IResult (int id) => throw new NotFoundException($"Product {id} does not exist."));
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebApp(app, new HttpClient { BaseAddress = new Uri(address) }, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
