using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Host filtering (on by default in <c>WebApplication</c>) answers an untrusted <c>Host</c> with a 400 and an HTML body
/// of its own; Werkzeug raises a <c>BadRequest</c> there, which Flask's 400 handler answers. With
/// <see cref="HostFilteringOptions.IncludeFailureMessage"/> off it leaves the 400 empty, and the outermost ErrorHandlers
/// middleware, which <see cref="ErrorHandlerStartupFilter"/> puts ahead of host filtering's, answers it in the
/// application's scope. Only once <c>UseErrorHandlers</c> is called: the middleware reads its options when the pipeline
/// is built, after the application's own middleware is added.
/// </summary>
internal sealed class HostFilteringRejection(ErrorDispatcher dispatcher) : IPostConfigureOptions<HostFilteringOptions>
{
    public void PostConfigure(string? name, HostFilteringOptions options)
    {
        if (dispatcher.IsInPipeline)
        {
            options.IncludeFailureMessage = false;
        }
    }
}
