using ErrorHandlers.Dispatch;
using ErrorHandlers.Mvc;
using ErrorHandlers.Pipeline;
using ErrorHandlers.Rendering;
#if NET10_0_OR_GREATER
using ErrorHandlers.OpenApi;
#endif
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ErrorHandlers;

/// <summary>Registers ErrorHandlers' services.</summary>
public static class ErrorHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services behind <see cref="ErrorHandlerApplicationBuilderExtensions.UseErrorHandlers"/> and
    /// <see cref="Abort.Result(int, string?)"/>, with the dispatch table generated for the application
    /// (the assembly named by <see cref="IHostEnvironment.ApplicationName"/>).
    /// </summary>
    /// <remarks>
    /// Also makes minimal APIs throw <see cref="BadHttpRequestException"/> on a parameter-binding failure in every
    /// environment (<c>RouteHandlerOptions.ThrowOnBadRequest</c>), so those failures reach your 400 handler instead of
    /// ending as an empty 400. In an MVC application, an <c>[ApiController]</c> action's client errors and its
    /// model-state 400 reach the handlers instead of MVC's ProblemDetails; once <c>UseErrorHandlers</c> is called, host
    /// filtering's rejection of an untrusted <c>Host</c> reaches the 400 handler (docs/mvc.md). On .NET 10, the HTTP
    /// JSON options learn the default response's body types at the end of their resolver chain, for the OpenAPI
    /// document's schemas; <c>AddOpenApiErrorResponses</c>, generated into an application that references
    /// Microsoft.AspNetCore.OpenApi, lists each operation's error responses in its documents (docs/openapi.md).
    /// </remarks>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets <see cref="ErrorHandlerOptions"/>.</param>
    public static IServiceCollection AddErrorHandlers(this IServiceCollection services, Action<ErrorHandlerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ErrorHandlerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.PostConfigure<RouteHandlerOptions>(routeHandler => routeHandler.ThrowOnBadRequest = true);
        services.PostConfigure<RateLimiterOptions>(RateLimiterRetryAfter.Apply);
        services.TryAddSingleton<IProblemDetailsService, ProblemDetailsWriters>();
        services.TryAddSingleton<IProblemServiceFallback, ProblemServiceFallback>();
        if (!services.Any(service => service.ImplementationType == typeof(ValidationProblemWriter)))
        {
            // First in line: ASP.NET Core's problem-details service asks its writers in registration order.
            services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ValidationProblemWriter>());
        }

        services.AddMetrics();
        services.TryAddSingleton(provider => DispatchTables.Find(provider.GetRequiredService<IHostEnvironment>().ApplicationName));
        services.TryAddSingleton<ErrorHandlerMetrics>();
        services.TryAddSingleton<ErrorDispatcher>();
        if (!services.Any(service => service.ImplementationType == typeof(ErrorHandlerStartupFilter)))
        {
            // Outermost: ahead of the host's own startup filters (host filtering, forwarded headers), whose errors it answers.
            services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, ErrorHandlerStartupFilter>());
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<HostFilteringOptions>, HostFilteringRejection>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApplicationModelProvider, ApiControllerErrors>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<ApiBehaviorOptions>, InvalidModelStateDispatch>());
#if NET10_0_OR_GREATER
        services.PostConfigure<Microsoft.AspNetCore.Http.Json.JsonOptions>(ProblemSchemaJsonContext.AddTo);
#endif
        return services;
    }
}
