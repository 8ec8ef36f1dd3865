using System.ComponentModel;
using System.Globalization;
using ErrorHandlers.Dispatch;
using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.OpenApi;

/// <summary>
/// Each operation's error responses, straight from the dispatch table: for every code in <see cref="OperationErrors"/>,
/// every empty-bodied error status the endpoint returns itself, and the client errors an <c>[ApiController]</c> action
/// lists with MVC's ProblemDetails, the response of the handler the table picks for that code in the endpoint's scopes,
/// as the generator read it from the handler's declaration; the default response when no handler answers. A response
/// the endpoint writes a body for is its own and stays. The OpenAPI transformer that the generator writes into an
/// application referencing Microsoft.AspNetCore.OpenApi turns these into the document's responses (docs/openapi.md),
/// so that the package itself does not depend on that package. Called by generated code; applications do not.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ErrorResponseDocumentation
{
    private static readonly ResponseContent[] DefaultResponseContents =
    [
        new("application/problem+json", typeof(ProblemDetails)),
        new("text/html", typeof(string)),
    ];

    private static readonly ResponseContent[] ValidationResponse =
    [
        new("application/problem+json", typeof(HttpValidationProblemDetails)),
        new("text/html", typeof(string)),
    ];

    /// <summary>The error responses of one operation, in status-code order.</summary>
    /// <param name="description">The operation, as ApiExplorer describes it.</param>
    /// <param name="services">The application's services.</param>
    /// <param name="documented">
    /// The responses the document lists already, by status code, each with whether it has content: a code the endpoint
    /// answers with a body of its own stays as it is, and an empty one is an error status the runtime answers.
    /// </param>
    public static IReadOnlyList<DocumentedErrorResponse> For(
        ApiDescription description, IServiceProvider services, IEnumerable<KeyValuePair<string, bool>> documented)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(documented);
        if (services.GetService<DispatchTable>() is not { } table)
        {
            return [];
        }

        var withContent = new HashSet<int>();
        var empty = new HashSet<int>();
        foreach (var (key, hasContent) in documented)
        {
            if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                (hasContent ? withContent : empty).Add(code);
            }
        }

        var errors = OperationErrors.Of(description, services);
        var codes = new SortedSet<int>(errors.Declared.Concat(errors.Raised).Concat(errors.Mapped));
        if (errors.AnswersEmptyErrors)
        {
            codes.UnionWith(empty);
        }

        var scopes = ScopeChain.For(description.ActionDescriptor.EndpointMetadata);
        var responses = new List<DocumentedErrorResponse>();
        foreach (var statusCode in codes)
        {
            if (BuiltInHttpExceptions.TryCreate(statusCode, description: null) is not { } error
                || (!errors.Mapped.Contains(statusCode) && withContent.Contains(statusCode)))
            {
                // The table looks up only codes with a built-in class; a body the endpoint writes itself is its own.
                continue;
            }

            var answered = errors.Declared.Contains(statusCode) || errors.AnswersEmptyErrors;
            IReadOnlyList<ResponseContent> contents = !answered
                ? []
                : table.FindUncached(error, scopes) is { } handler
                    ? handler.Produces
                    : statusCode == StatusCodes.Status400BadRequest && errors.Validates ? ValidationResponse : DefaultResponseContents;
            responses.Add(new DocumentedErrorResponse(statusCode, HttpStatusNames.Get(statusCode), contents));
        }

        return responses;
    }
}
