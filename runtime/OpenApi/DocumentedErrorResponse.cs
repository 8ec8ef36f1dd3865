using System.ComponentModel;
using ErrorHandlers.Dispatch;

namespace ErrorHandlers.OpenApi;

/// <summary>One error response of an operation, for the OpenAPI document (<see cref="ErrorResponseDocumentation"/>).</summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="Description">Werkzeug's name of the code, such as <c>Not Found</c>.</param>
/// <param name="Contents">The response's content types and body types; empty when nothing says.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record DocumentedErrorResponse(int StatusCode, string Description, IReadOnlyList<ResponseContent> Contents);
