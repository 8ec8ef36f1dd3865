using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;

namespace ErrorHandlers.Pipeline;

/// <summary>
/// Recognises a request that ended with an error status and no body, after the pipeline ran: routing's 404 (no endpoint
/// matched) and 405 (only endpoints for other methods did), and the statuses ASP.NET Core's components and endpoints
/// set without writing anything (an authentication challenge, a forbid, a rate limiter's rejection, a binding failure,
/// <c>TypedResults.NotFound()</c>). Each becomes the built-in exception of its code, carrying the headers the response
/// had for it (<c>Allow</c>, <c>WWW-Authenticate</c>, <c>Retry-After</c>).
/// </summary>
internal static class EmptyErrorResponse
{
    /// <summary>An error read off the response.</summary>
    /// <param name="Error">The built-in exception of the status, with the response's headers for it.</param>
    /// <param name="IsRoutingError">Routing's 404 or 405, answered in the scopes of a group that claims the URL.</param>
    public readonly record struct Found(HttpException Error, bool IsRoutingError);

    /// <summary>The display name of the endpoint ASP.NET Core's <c>HttpMethodMatcherPolicy</c> runs for a 405.</summary>
    public const string MethodNotAllowedEndpointName = "405 HTTP Method Not Supported";

    /// <summary>
    /// The error the response was left with, or null. Routing's errors always count; the others as
    /// <see cref="MayAnswer"/> says.
    /// </summary>
    public static Found? Find(HttpContext context, bool answerOthers)
    {
        var response = context.Response;
        var statusCode = response.StatusCode;
        if (statusCode is < 400 or > 599 || response.HasStarted || response.ContentLength is not null || !string.IsNullOrEmpty(response.ContentType))
        {
            return null;
        }

        var isRoutingError = IsRoutingError(context, statusCode);
        return (isRoutingError || MayAnswer(context, answerOthers)) && ErrorOf(statusCode, response.Headers) is { } error
            ? new Found(error, isRoutingError)
            : null;
    }

    private static HttpException? ErrorOf(int statusCode, IHeaderDictionary headers) =>
        statusCode switch
        {
            StatusCodes.Status401Unauthorized => new UnauthorizedException(wwwAuthenticate: HeaderValues.Valid(headers.WWWAuthenticate)),
            StatusCodes.Status405MethodNotAllowed => new MethodNotAllowedException(HeaderValues.Valid(Split(headers.Allow))),
            StatusCodes.Status429TooManyRequests when RetryAfter.Parse(headers.RetryAfter) is var retryAfter =>
                new TooManyRequestsException(retryAfter: retryAfter.Seconds, retryAt: retryAfter.At),
            StatusCodes.Status503ServiceUnavailable when RetryAfter.Parse(headers.RetryAfter) is var retryAfter =>
                new ServiceUnavailableException(retryAfter: retryAfter.Seconds, retryAt: retryAfter.At),
            _ => BuiltInHttpExceptions.TryCreate(statusCode, description: null),
        };

    /// <summary>Routing's own error: no endpoint matched (404), or routing's 405 endpoint did.</summary>
    private static bool IsRoutingError(HttpContext context, int statusCode) =>
        statusCode switch
        {
            StatusCodes.Status404NotFound => context.GetEndpoint() is null,
            StatusCodes.Status405MethodNotAllowed => context.GetEndpoint()?.DisplayName == MethodNotAllowedEndpointName,
            _ => false,
        };

    /// <summary>
    /// Whether an error that is not routing's may be answered: the option is on, neither the request
    /// (<see cref="IStatusCodePagesFeature.Enabled"/>) nor the endpoint (<see cref="ISkipStatusCodePagesMetadata"/>)
    /// switched status-code pages off, and the endpoint did not mean its empty response (<see cref="EmptyResponseKept"/>).
    /// </summary>
    public static bool MayAnswer(HttpContext context, bool answerOthers) =>
        answerOthers
        && context.Features.Get<IStatusCodePagesFeature>() is not { Enabled: false }
        && context.GetEndpoint()?.Metadata.GetMetadata<ISkipStatusCodePagesMetadata>() is null
        && context.Features.Get<EmptyResponseKept>() is null;

    private static StringValues Split(StringValues values) =>
        values.Count == 0
            ? values
            : new([.. values.SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))]);
}
