using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Rendering;

/// <summary>A handler's bare string: Flask's <c>make_response(str)</c>, an HTML body with status 200.</summary>
internal sealed class HtmlResult(string body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        return ErrorPage.WriteAsync(httpContext, body);
    }
}
