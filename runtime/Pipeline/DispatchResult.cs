using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The result of <see cref="Abort.Result(int, string?)"/>: dispatches its error in the endpoint's scopes. A code without
/// a description has one shared result, which creates its exception when it executes, so each error still has an
/// exception of its own and the endpoint allocates nothing to return it (docs/performance.md).
/// </summary>
internal sealed class DispatchResult : IResult
{
    /// <summary>The shared results of the codes with a built-in class, 400 to 505, each filled on first use.</summary>
    private static readonly DispatchResult?[] ByStatusCode = new DispatchResult?[506 - 400];

    private readonly Exception? _exception;
    private readonly int _statusCode;

    public DispatchResult(Exception exception) => _exception = exception;

    private DispatchResult(int statusCode) => _statusCode = statusCode;

    /// <summary>The result of <paramref name="statusCode"/>'s built-in exception with its default description.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code has no built-in class.</exception>
    public static DispatchResult Of(int statusCode)
    {
        if (statusCode is >= 400 and < 506 && ByStatusCode[statusCode - 400] is { } shared)
        {
            return shared;
        }

        // The first use of a code checks that it has a class, with the message Abort.With gives.
        _ = BuiltInHttpExceptions.Create(statusCode, description: null);
        return ByStatusCode[statusCode - 400] = new DispatchResult(statusCode);
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var dispatcher = httpContext.RequestServices.GetService<ErrorDispatcher>()
            ?? throw new InvalidOperationException(
                "Abort.Result needs ErrorHandlers' services: call builder.Services.AddErrorHandlers() at startup.");
        return dispatcher.DispatchAsync(httpContext, _exception ?? BuiltInHttpExceptions.Create(_statusCode, description: null));
    }
}
