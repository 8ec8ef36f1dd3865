using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Pipeline;

/// <summary>The result of <see cref="Abort.Result(int, string?)"/>: dispatches its error in the endpoint's scopes.</summary>
internal sealed class DispatchResult(Exception exception) : IResult
{
    public Exception Exception { get; } = exception;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var dispatcher = httpContext.RequestServices.GetService<ErrorDispatcher>()
            ?? throw new InvalidOperationException(
                "Abort.Result needs ErrorHandlers' services: call builder.Services.AddErrorHandlers() at startup.");
        return dispatcher.DispatchAsync(httpContext, Exception);
    }
}
