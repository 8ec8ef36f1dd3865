using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Puts a second <see cref="ErrorHandlerMiddleware"/> in front of the whole pipeline, ahead of what the host adds before
/// the application's own middleware (<c>WebApplication</c>'s implicit <c>UseRouting</c>, where an ambiguous match
/// throws and short-circuited endpoints run; its implicit authentication and authorization). It is switched on by
/// <c>UseErrorHandlers</c>: an application that never calls it keeps its pipeline as it was.
/// </summary>
internal sealed class ErrorHandlerStartupFilter(ErrorDispatcher dispatcher) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // The factory runs when the pipeline is built, after the application has called UseErrorHandlers or not.
        app.Use(rest => dispatcher.IsInPipeline ? new ErrorHandlerMiddleware(rest, dispatcher, boundary: false).InvokeAsync : rest);
        next(app);
    };
}
