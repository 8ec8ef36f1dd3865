using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers;

/// <summary>Plugs the dispatch table into the request pipeline.</summary>
public static class ErrorHandlerApplicationBuilderExtensions
{
    /// <summary>
    /// Answers exceptions thrown further down the pipeline, and routing's 404 and 405, with the application's
    /// <see cref="ErrorHandlerAttribute"/> handlers. Call it early, before the middleware whose errors it should see.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <exception cref="InvalidOperationException">
    /// <see cref="ErrorHandlerServiceCollectionExtensions.AddErrorHandlers"/> was not called, or no dispatch table was
    /// generated for the application.
    /// </exception>
    public static IApplicationBuilder UseErrorHandlers(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dispatcher = app.ApplicationServices.GetService<ErrorDispatcher>()
            ?? throw new InvalidOperationException(
                "UseErrorHandlers needs ErrorHandlers' services: call builder.Services.AddErrorHandlers() at startup.");
        return app.Use(next => new ErrorHandlerMiddleware(next, dispatcher).InvokeAsync);
    }
}
