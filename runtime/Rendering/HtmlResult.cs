using System.Text;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Rendering;

/// <summary>A handler's bare string: Flask's <c>make_response(str)</c>, an HTML body with status 200.</summary>
internal sealed class HtmlResult(string body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ErrorPage.ContentType;
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
