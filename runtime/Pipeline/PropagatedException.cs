namespace ErrorHandlers.Pipeline;

/// <summary>
/// Marks the exception the dispatcher rethrew under <see cref="ErrorHandlerOptions.PropagateExceptions"/>, so that
/// the middleware lets it pass when it comes back through (from <see cref="Abort.Result(Exception)"/>) instead of
/// looking it up a second time.
/// </summary>
internal sealed class PropagatedException(Exception exception)
{
    public Exception Exception { get; } = exception;
}
