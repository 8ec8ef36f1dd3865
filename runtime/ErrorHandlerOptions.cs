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
}
