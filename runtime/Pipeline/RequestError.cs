namespace ErrorHandlers.Pipeline;

/// <summary>
/// The error ErrorHandlers answered on a request, kept as a request feature from the moment the dispatcher takes it.
/// While <see cref="Answering"/> is set, an error raised from inside the answer (a handler's <c>Abort.Result</c>, an
/// <c>IExceptionHandler</c>'s, a problem-details writer's) fails instead of starting a second lookup: that is what
/// stops any handler graph from recursing. Afterwards the middlewares read it so that one request is answered once.
/// </summary>
internal sealed class RequestError(Exception exception)
{
    /// <summary>The error as the dispatcher first received it.</summary>
    public Exception Exception { get; } = exception;

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
