using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;

namespace ErrorHandlers.OpenApi;

/// <summary>
/// Puts <see cref="ErrorResponsesTransformer"/> into every OpenAPI document the application adds with
/// <c>AddOpenApi</c>, whatever its name. Registered once by <c>AddErrorHandlers</c>; it does nothing in an application
/// without OpenAPI.
/// </summary>
internal sealed class ErrorResponsesInOpenApi : IConfigureNamedOptions<OpenApiOptions>
{
    private readonly ErrorResponsesTransformer _transformer = new();

    public void Configure(string? name, OpenApiOptions options) => options.AddOperationTransformer(_transformer);

    public void Configure(OpenApiOptions options) => Configure(Options.DefaultName, options);
}
