using ErrorHandlers.Mvc;
using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers;

/// <summary>Plugs the dispatch table into the request pipeline.</summary>
public static class ErrorHandlerApplicationBuilderExtensions
{
    /// <summary>
    /// Answers exceptions thrown further down the pipeline, and routing's 404 and 405, with the application's
    /// <see cref="ErrorHandlerAttribute"/> handlers. Call it early: headers that middleware before it set survive on
    /// error responses, those set after it are the failed response's and are dropped. Errors raised ahead of the
    /// application's middleware (route matching, short-circuited endpoints) reach the same handlers.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <exception cref="InvalidOperationException">
    /// <see cref="ErrorHandlerServiceCollectionExtensions.AddErrorHandlers"/> was not called, no dispatch table was
    /// generated for the application, or a handler answers with an MVC result and MVC's services are not registered.
    /// </exception>
    public static IApplicationBuilder UseErrorHandlers(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dispatcher = app.ApplicationServices.GetService<ErrorDispatcher>()
            ?? throw new InvalidOperationException(
                "UseErrorHandlers needs ErrorHandlers' services: call builder.Services.AddErrorHandlers() at startup.");
        MvcServicesCheck.Verify(dispatcher.Table, app.ApplicationServices);
        dispatcher.IsInPipeline = true;
        return app.Use(next => new ErrorHandlerMiddleware(next, dispatcher, boundary: true).InvokeAsync);
    }
}
