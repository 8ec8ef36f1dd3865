namespace ErrorHandlers.Pipeline;

/// <summary>
/// Marks a request whose empty error response is the endpoint's answer, not an error for the handlers: an
/// <c>[ApiController]</c> action's client error that MVC is told to leave as it is (<c>SuppressMapClientErrors</c>).
/// A feature rather than endpoint metadata, because the same endpoint's other empty errors (a challenge, a rate
/// limiter's rejection) still reach the handlers.
/// </summary>
internal sealed class EmptyResponseKept
{
    public static readonly EmptyResponseKept Instance = new();

    private EmptyResponseKept()
    {
    }
}
