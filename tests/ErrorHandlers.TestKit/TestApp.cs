using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Runs generated code for real: compiles a program text with the generator, loads it, and serves its
/// <c>Routes.Map(WebApplication)</c> endpoints behind <c>UseErrorHandlers</c>, on the test server or on Kestrel
/// at 127.0.0.1. A program may also declare <c>Services.Add(IServiceCollection)</c>, called before the host is built.
/// The program's usings are those of a web project plus <c>ErrorHandlers</c>.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly Func<AssemblyLoadContext, AssemblyName, Assembly?> _resolver;

    private TestApp(WebApplication app, HttpClient client, LogCollector logs, Func<AssemblyLoadContext, AssemblyName, Assembly?> resolver)
    {
        App = app;
        Client = client;
        Logs = logs;
        _resolver = resolver;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public LogCollector Logs { get; }

    public static async Task<TestApp> StartAsync<TGenerator>(string program, TestAppOptions? options = null)
        where TGenerator : IIncrementalGenerator, new()
    {
        options ??= new TestAppOptions();
        var loaded = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var references = new List<MetadataReference>();
        foreach (var library in options.Libraries)
        {
            var (name, image) = Compile<TGenerator>("Library_", library, references);
            references.Add(MetadataReference.CreateFromImage(image));
            loaded[name] = Assembly.Load(image);
        }

        var (assemblyName, programImage) = Compile<TGenerator>("TestApp_", program, references);
        var assembly = Assembly.Load(programImage);
        loaded[assemblyName] = assembly;
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);

        // Assemblies loaded from bytes have no file to be found by: MVC loads the application's by name, and the
        // program's references are resolved by name when first used.
        Func<AssemblyLoadContext, AssemblyName, Assembly?> resolver = (_, name) => loaded.GetValueOrDefault(name.Name ?? string.Empty);
        AssemblyLoadContext.Default.Resolving += resolver;

        var applicationOptions = new WebApplicationOptions { ApplicationName = assemblyName, EnvironmentName = options.Environment };
        var builder = options.DefaultBuilder ? WebApplication.CreateBuilder(applicationOptions) : WebApplication.CreateSlimBuilder(applicationOptions);
        builder.Configuration.AddInMemoryCollection(options.Settings);
        if (options.Kestrel)
        {
            builder.WebHost.UseKestrel(options.ConfigureKestrel ?? (_ => { })).UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var logs = new LogCollector();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        options.WebHost?.Invoke(builder.WebHost);
        builder.Services.AddErrorHandlers(errorHandlers => errorHandlers.PropagateExceptions = options.PropagateExceptions);
        options.Services?.Invoke(builder.Services);
        assembly.GetType("Services")?.GetMethod("Add", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [builder.Services]);

        var app = builder.Build();
        options.BeforeErrorHandlers?.Invoke(app);
        app.UseErrorHandlers();
        var routes = assembly.GetType("Routes") ?? throw new InvalidOperationException("The program declares no Routes class.");
        routes.GetMethod("Map", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [app]);
        await app.StartAsync();

        var client = options.Kestrel
            ? new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) }
            : app.GetTestClient();
        return new TestApp(app, client, logs, resolver);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        AssemblyLoadContext.Default.Resolving -= _resolver;
    }

    /// <summary>Compiles a source with the generator into an assembly image with a unique name.</summary>
    private static (string Name, byte[] Image) Compile<TGenerator>(string prefix, string source, IEnumerable<MetadataReference> references)
        where TGenerator : IIncrementalGenerator, new()
    {
        var name = prefix + Guid.NewGuid().ToString("N");
        var run = GeneratorRun.Start<TGenerator>(TestCompilation.Create(name, references, TestCompilation.WebUsings, source));
        return (name, TestCompilation.Emit(run.Output));
    }
}

/// <summary>How <see cref="TestApp"/> hosts a program.</summary>
public sealed record TestAppOptions
{
    /// <summary><c>ErrorHandlerOptions.PropagateExceptions</c>; off by default so the 500 path can be observed.</summary>
    public bool? PropagateExceptions { get; init; } = false;

    public string Environment { get; init; } = "Production";

    /// <summary>
    /// <c>WebApplication.CreateBuilder</c>, with what it adds by default (host filtering among it), instead of
    /// <c>CreateSlimBuilder</c>.
    /// </summary>
    public bool DefaultBuilder { get; init; }

    /// <summary>Configuration values, added after the builder's own sources (such as <c>AllowedHosts</c>).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Serve on Kestrel at 127.0.0.1 (a free port) instead of the in-memory test server.</summary>
    public bool Kestrel { get; init; }

    public Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? ConfigureKestrel { get; init; }

    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>Configures the web host after logging is set up, as <c>builder.WebHost.UseSentry()</c> does (it adds a logger provider).</summary>
    public Action<IWebHostBuilder>? WebHost { get; init; }

    /// <summary>Middleware that runs before UseErrorHandlers, such as one that sets security headers.</summary>
    public Action<WebApplication>? BeforeErrorHandlers { get; init; }

    /// <summary>Class libraries the program references, each compiled with the generator, in order.</summary>
    public IReadOnlyList<string> Libraries { get; init; } = [];
}
