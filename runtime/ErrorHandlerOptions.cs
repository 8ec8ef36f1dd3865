namespace ErrorHandlers;

/// <summary>Options of <see cref="ErrorHandlerServiceCollectionExtensions.AddErrorHandlers"/>.</summary>
public sealed class ErrorHandlerOptions
{
    /// <summary>
    /// Flask's <c>PROPAGATE_EXCEPTIONS</c>. When on, an exception that no handler takes is rethrown unchanged,
    /// so the developer exception page or the test host sees it, and neither a 500 handler nor our log runs.
    /// When off, it is logged once and answered through the 500 path.
    /// </summary>
    /// <value><see langword="null"/> (the default) means on in the Development environment only.</value>
    public bool? PropagateExceptions { get; set; }

    /// <summary>
    /// Whether a response that ends with an error status (400–599) and no body is answered like the built-in exception of
    /// its code, as <c>UseStatusCodePages</c> would fill it: an authentication challenge (401, its <c>WWW-Authenticate</c>
    /// kept), a forbid (403), a rate limiter's rejection (429 or its configured code, with <c>Retry-After</c>), a
    /// minimal-API binding failure (400, 413, 415), an endpoint's own <c>TypedResults.NotFound()</c>, and the errors of
    /// .NET 10's minimal-API validation (<see cref="ValidationFailedException"/>). Routing's 404 and 405 are answered
    /// either way, as in Flask. Per request, <c>IStatusCodePagesFeature.Enabled = false</c> switches it off; per endpoint,
    /// <c>[SkipStatusCodePages]</c>.
    /// </summary>
    /// <value>On by default.</value>
    public bool AnswerEmptyErrorResponses { get; set; } = true;
}
