namespace ErrorHandlers.Generator.Model;

/// <summary>Where a handler parameter's value comes from on each call.</summary>
internal enum ParameterSource
{
    Exception,
    HttpContext,
    HttpRequest,
    HttpResponse,
    CancellationToken,
    RequiredService,
    OptionalService,
}
