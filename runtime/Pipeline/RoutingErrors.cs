using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Recognises routing failures after the pipeline ran: no endpoint matched (404), or only endpoints for other
/// methods did, in which case routing runs its own 405 endpoint. Either way nothing was written yet.
/// </summary>
internal static class RoutingErrors
{
    /// <summary>The display name of the endpoint ASP.NET Core's <c>HttpMethodMatcherPolicy</c> runs for a 405.</summary>
    public const string MethodNotAllowedEndpointName = "405 HTTP Method Not Supported";

    public static HttpException? Find(HttpContext context)
    {
        var response = context.Response;
        return response.StatusCode switch
        {
            StatusCodes.Status404NotFound when IsUnwritten(response) && context.GetEndpoint() is null =>
                new NotFoundException(),
            StatusCodes.Status405MethodNotAllowed
                when IsUnwritten(response) && context.GetEndpoint()?.DisplayName == MethodNotAllowedEndpointName =>
                new MethodNotAllowedException(AllowedMethods(response)),
            _ => null,
        };
    }

    private static bool IsUnwritten(HttpResponse response) =>
        !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType);

    private static IEnumerable<string> AllowedMethods(HttpResponse response) =>
        response.Headers.Allow.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
