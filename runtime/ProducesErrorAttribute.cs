namespace ErrorHandlers;

/// <summary>
/// Declares the error status codes an endpoint may answer with, for its OpenAPI document: each code is listed with the
/// response of the handler that answers it in the endpoint's scopes, or the default response when none does
/// (docs/openapi.md). Put it on a controller, an action or a route handler, or call
/// <see cref="ErrorHandlerEndpointConventionBuilderExtensions.ProducesError{TBuilder}(TBuilder, int[])"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class ProducesErrorAttribute : Attribute
{
    /// <summary>Declares <paramref name="statusCodes"/>.</summary>
    /// <param name="statusCodes">Codes with a built-in <see cref="HttpException"/> class, such as 404 or 409.</param>
    /// <exception cref="ArgumentException">No code is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A code has no built-in class, so no handler could answer it.</exception>
    public ProducesErrorAttribute(params int[] statusCodes)
    {
        ArgumentNullException.ThrowIfNull(statusCodes);
        if (statusCodes.Length == 0)
        {
            throw new ArgumentException("Name at least one status code.", nameof(statusCodes));
        }

        foreach (var statusCode in statusCodes)
        {
            if (BuiltInHttpExceptions.TryCreate(statusCode, description: null) is null)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(statusCodes),
                    statusCode,
                    $"{statusCode} has no built-in HttpException class, so no handler answers it by its code: "
                    + "declare codes that Abort.With knows, the 31 of Werkzeug's table.");
            }
        }

        StatusCodes = statusCodes;
    }

    /// <summary>The declared codes.</summary>
    public IReadOnlyList<int> StatusCodes { get; }
}
