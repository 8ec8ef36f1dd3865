using System.Buffers;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ErrorHandlers.Rendering;

/// <summary>The response of an <see cref="HttpException"/> that no handler answered (Werkzeug's <c>get_response</c>).</summary>
internal static class DefaultErrorResponse
{
    public const string ProblemJsonContentType = "application/problem+json";

    /// <summary>
    /// Writes the page, or problem+json: the framework's own when the error is an <see cref="IProblemResponse"/>, through
    /// the application's <see cref="IProblemDetailsService"/> when it has one, so its customizations apply, otherwise (or
    /// when its writers decline) an RFC 9457 body of our own. When that service throws before it sent anything, while
    /// the client is still there, the registered <see cref="IProblemServiceFallback"/> answers; without one (an
    /// application without <c>AddErrorHandlers</c>) the failure goes on up, as from any other result.
    /// </summary>
    public static async Task ExecuteAsync(HttpContext httpContext, HttpException exception)
    {
        if (await WriteAsync(httpContext, exception) is not { } failure)
        {
            return;
        }

        if (httpContext.RequestServices?.GetService<IProblemServiceFallback>() is { } fallback)
        {
            await fallback.AnswerAsync(httpContext, exception, failure);
            return;
        }

        ExceptionDispatchInfo.Throw(failure);
    }

    /// <returns>What the application's <see cref="IProblemDetailsService"/> threw, unsent; null when the response is written.</returns>
    private static async Task<Exception?> WriteAsync(HttpContext httpContext, HttpException exception)
    {
        if (!ErrorStatus.IsAnswerable(exception.StatusCode))
        {
            throw UnanswerableStatus(exception);
        }

        SetStatusAndHeaders(httpContext.Response, exception);
        if (!ErrorStatus.AllowsBody(exception.StatusCode))
        {
            return null;
        }

        if (!AcceptNegotiation.PrefersJson(httpContext.Request.Headers.Accept))
        {
            await ErrorPage.WriteAsync(httpContext, ErrorPage.Render(exception.StatusCode, exception.Name, exception.Description));
            return null;
        }

        if (exception is IProblemResponse own)
        {
            await own.WriteProblemAsync(httpContext);
            return null;
        }

        if (httpContext.RequestServices?.GetService<IProblemDetailsService>() is { } problemDetailsService)
        {
            try
            {
                if (await problemDetailsService.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = Problem(exception) }))
                {
                    return null;
                }
            }
            catch (Exception failure) when (!httpContext.Response.HasStarted && !httpContext.RequestAborted.IsCancellationRequested)
            {
                return failure;
            }
        }

        await WriteOwnProblemBodyAsync(httpContext, exception);
        return null;
    }

    /// <summary>Our own RFC 9457 response, with the status and headers of <paramref name="exception"/>.</summary>
    public static Task WriteOwnProblemAsync(HttpContext httpContext, HttpException exception)
    {
        SetStatusAndHeaders(httpContext.Response, exception);
        return WriteOwnProblemBodyAsync(httpContext, exception);
    }

    private static async Task WriteOwnProblemBodyAsync(HttpContext httpContext, HttpException exception)
    {
        var body = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("type", ProblemTypes.For(exception.StatusCode));
            json.WriteString("title", exception.Name);
            json.WriteNumber("status", exception.StatusCode);
            json.WriteString("detail", exception.Description);
            if ((exception as ValidationFailedException)?.Errors is { } errors)
            {
                WriteErrors(json, errors);
            }

            json.WriteString("traceId", Activity.Current?.Id ?? httpContext.TraceIdentifier);
            json.WriteEndObject();
        }

        httpContext.Response.ContentType = ProblemJsonContentType;
        httpContext.Response.ContentLength = body.WrittenCount;
        await httpContext.Response.Body.WriteAsync(body.WrittenMemory, httpContext.RequestAborted);
    }

    private static ProblemDetails Problem(HttpException exception)
    {
        var errors = (exception as ValidationFailedException)?.Errors;
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors.ToDictionary(StringComparer.Ordinal));
        problem.Type = ProblemTypes.For(exception.StatusCode);
        problem.Title = exception.Name;
        problem.Status = exception.StatusCode;
        problem.Detail = exception.Description;
        return problem;
    }

    /// <summary>The <c>errors</c> member of a validation problem, as ASP.NET Core writes it: each field's messages.</summary>
    private static void WriteErrors(Utf8JsonWriter json, IReadOnlyDictionary<string, string[]> errors)
    {
        json.WriteStartObject("errors");
        foreach (var (field, messages) in errors)
        {
            json.WriteStartArray(field);
            foreach (var message in messages)
            {
                json.WriteStringValue(message);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>The error that replaces an <see cref="HttpException"/> whose code no response can carry (analyzer rule EH0016).</summary>
    public static InvalidOperationException UnanswerableStatus(HttpException exception) =>
        new($"{exception.GetType().FullName} has status code {exception.StatusCode}, which no error response can carry: "
            + "an HttpException answers with 400–599, or with 204, 205 or 304 and no body.", exception);

    private static void SetStatusAndHeaders(HttpResponse response, HttpException exception)
    {
        response.StatusCode = exception.StatusCode;
        exception.AddHeaders(response.Headers);
        CacheHeaders.PreventCaching(response.Headers);
        if (ErrorStatus.AllowsBody(exception.StatusCode))
        {
            AddVaryAccept(response.Headers);
        }
    }

    /// <summary>The body depends on <c>Accept</c>, so a shared cache must not hand one variant to every client.</summary>
    private static void AddVaryAccept(IHeaderDictionary headers)
    {
        var vary = headers.Vary;
        foreach (var value in vary)
        {
            foreach (var field in (value ?? string.Empty).Split(','))
            {
                if (field.Trim() is "*" || field.Trim().Equals(HeaderNames.Accept, StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }
            }
        }

        headers.Vary = StringValues.Concat(vary, HeaderNames.Accept);
    }
}
