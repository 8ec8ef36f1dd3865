using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Rendering;

/// <summary>Werkzeug's <c>HTTPException.get_body</c>, to the byte.</summary>
internal static class ErrorPage
{
    public const string ContentType = "text/html; charset=utf-8";

    /// <summary>Sends <paramref name="html"/> as the body, UTF-8, with its content type and length (as Werkzeug does).</summary>
    public static Task WriteAsync(HttpContext httpContext, string html)
    {
        var body = Encoding.UTF8.GetBytes(html);
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    public static string Render(int statusCode, string name, string description)
    {
        var page = new StringBuilder(160 + description.Length);
        page.Append("<!doctype html>\n<html lang=en>\n<title>")
            .Append(statusCode.ToString(CultureInfo.InvariantCulture))
            .Append(' ');
        AppendEscaped(page, name, lineBreaks: false);
        page.Append("</title>\n<h1>");
        AppendEscaped(page, name, lineBreaks: false);
        page.Append("</h1>\n<p>");
        AppendEscaped(page, description, lineBreaks: true);
        page.Append("</p>\n");
        return page.ToString();
    }

    /// <summary>MarkupSafe's <c>escape</c>; Werkzeug then turns each newline of the description into <c>&lt;br&gt;</c>.</summary>
    private static void AppendEscaped(StringBuilder page, string text, bool lineBreaks)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': page.Append("&amp;"); break;
                case '<': page.Append("&lt;"); break;
                case '>': page.Append("&gt;"); break;
                case '"': page.Append("&#34;"); break;
                case '\'': page.Append("&#39;"); break;
                case '\n' when lineBreaks: page.Append("<br>"); break;
                default: page.Append(c); break;
            }
        }
    }
}
