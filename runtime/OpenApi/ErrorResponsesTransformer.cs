using System.Globalization;
using ErrorHandlers.Dispatch;
using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ErrorHandlers.OpenApi;

/// <summary>
/// Adds each operation's error responses to the OpenAPI document, straight from the dispatch table: for every code in
/// <see cref="OperationErrors"/>, every empty-bodied error status the endpoint returns itself, and the client errors an
/// <c>[ApiController]</c> action lists with MVC's ProblemDetails, the response of the
/// handler the table picks for that code in the endpoint's scopes, as the generator read it from the handler's
/// declaration; the default response when no handler answers. A response the endpoint writes a body for is its own
/// and stays. Nothing here reflects: the table, the generated descriptions and ASP.NET Core's schema service.
/// </summary>
internal sealed class ErrorResponsesTransformer : IOpenApiOperationTransformer
{
    private static readonly ResponseContent[] DefaultResponse =
    [
        new("application/problem+json", typeof(ProblemDetails)),
        new("text/html", typeof(string)),
    ];

    private static readonly ResponseContent[] ValidationResponse =
    [
        new("application/problem+json", typeof(HttpValidationProblemDetails)),
        new("text/html", typeof(string)),
    ];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.ApplicationServices.GetService<DispatchTable>() is not { } table)
        {
            return;
        }

        var errors = OperationErrors.Of(context.Description, context.ApplicationServices);
        var responses = operation.Responses ??= [];
        var scopes = ScopeChain.For(context.Description.ActionDescriptor.EndpointMetadata);
        foreach (var statusCode in Codes(errors, responses))
        {
            var key = statusCode.ToString(CultureInfo.InvariantCulture);
            if (BuiltInHttpExceptions.TryCreate(statusCode, description: null) is not { } error
                || (!errors.Mapped.Contains(statusCode) && responses.TryGetValue(key, out var own) && own.Content is { Count: > 0 }))
            {
                // The table looks up only codes with a built-in class; a body the endpoint writes itself is its own.
                continue;
            }

            var answered = errors.Declared.Contains(statusCode) || errors.AnswersEmptyErrors;
            var contents = !answered
                ? []
                : table.FindUncached(error, scopes) is { } handler
                    ? handler.Produces
                    : statusCode == StatusCodes.Status400BadRequest && errors.Validates ? ValidationResponse : DefaultResponse;
            responses[key] = await ResponseAsync(statusCode, contents, context, cancellationToken);
        }
    }

    /// <summary>The declared and raised codes, and the error statuses the endpoint's own results give without a body.</summary>
    private static IEnumerable<int> Codes(OperationErrors errors, OpenApiResponses responses)
    {
        var codes = new SortedSet<int>(errors.Declared.Concat(errors.Raised).Concat(errors.Mapped));
        foreach (var (key, response) in responses)
        {
            if (errors.AnswersEmptyErrors
                && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var statusCode)
                && response.Content is not { Count: > 0 })
            {
                codes.Add(statusCode);
            }
        }

        return codes;
    }

    private static async Task<OpenApiResponse> ResponseAsync(
        int statusCode, IReadOnlyList<ResponseContent> contents, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var response = new OpenApiResponse { Description = HttpStatusNames.Get(statusCode) };
        foreach (var content in contents)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[content.ContentType] = new OpenApiMediaType
            {
                Schema = content.BodyType is null ? null : await SchemaAsync(content.BodyType, context, cancellationToken),
            };
        }

        return response;
    }

    /// <summary>
    /// The schema of <paramref name="type"/> from ASP.NET Core's schema service; a reference into the document's
    /// components under the id the document's options give the type (its name by default), as the document refers to
    /// the types of bodies and results, so that a type has one schema however many responses use it.
    /// </summary>
    private static async Task<IOpenApiSchema> SchemaAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken);
        var services = context.ApplicationServices;
        var serializer = services.GetService<IOptions<HttpJsonOptions>>()?.Value.SerializerOptions;
        var referenceId = services.GetService<IOptionsMonitor<OpenApiOptions>>()?.Get(context.DocumentName).CreateSchemaReferenceId;
        if (context.Document is not { } document
            || serializer is null
            || referenceId is null
            || !serializer.TryGetTypeInfo(type, out var typeInfo)
            || referenceId(typeInfo) is not { } id)
        {
            return schema;
        }

        document.AddComponent(id, schema);
        return new OpenApiSchemaReference(id, document);
    }
}
