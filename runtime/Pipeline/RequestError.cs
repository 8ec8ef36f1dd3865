using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// The error ErrorHandlers answered on a request, kept as a request feature from the moment the dispatcher takes it.
/// While <see cref="Answering"/> is set, an error raised from inside the answer (a handler's <c>Abort.Result</c>, an
/// <c>IExceptionHandler</c>'s, a problem-details writer's) fails instead of starting a second lookup: that is what
/// stops any handler graph from recursing. Afterwards the middlewares read it so that one request is answered once.
/// </summary>
/// <remarks>
/// It is also the request's <see cref="IExceptionHandlerFeature"/> and <see cref="IExceptionHandlerPathFeature"/> while
/// a handler runs, with what <c>UseExceptionHandler</c> puts there: one object for both, on a path that runs for every
/// answered error.
/// </remarks>
internal sealed class RequestError : IExceptionHandlerPathFeature
{
    public RequestError(HttpContext context, Exception exception)
    {
        Received = exception;
        Error = exception;
        Path = context.Request.Path;
        Endpoint = context.GetEndpoint();
        // The feature, not Request.RouteValues, which would create an empty dictionary where routing set none.
        RouteValues = context.Features.Get<IRouteValuesFeature>()?.RouteValues;
    }

    /// <summary>The error as the dispatcher first received it.</summary>
    public Exception Received { get; }

    /// <summary>The error being answered: <see cref="Received"/>, or the failure the 500 path answers instead.</summary>
    public Exception Error { get; set; }

    public string Path { get; }

    public Endpoint? Endpoint { get; }

    public RouteValueDictionary? RouteValues { get; }

    /// <summary>Set while the dispatcher is answering; cleared when it is done.</summary>
    public bool Answering { get; set; }

    /// <summary>The handler (or <c>IExceptionHandler</c>) running now, for the message of a failure raised from inside it.</summary>
    public string? RunningHandler { get; set; }

    /// <summary>
    /// An exception the dispatcher rethrew (<see cref="ErrorHandlerOptions.PropagateExceptions"/>): the middlewares
    /// let it pass instead of looking it up a second time.
    /// </summary>
    public Exception? Rethrown { get; set; }

    /// <summary>Whether the response's no-cache default is registered already (once per response).</summary>
    public bool CachingPrevented { get; set; }
}
