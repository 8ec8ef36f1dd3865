using System.Net;

namespace ErrorHandlers.Sample;

/// <summary>The sample's HTML: one layout, with a link back to the index on every page.</summary>
internal static class Pages
{
    public static IResult Html(int statusCode, string title, string body) =>
        Results.Content(
            $"""
            <!doctype html>
            <html lang=en>
            <title>{Encode(title)}</title>
            <h1>{Encode(title)}</h1>
            {body}
            <p><a href="/">Back to the index</a></p>

            """,
            "text/html; charset=utf-8",
            statusCode: statusCode);

    public static IResult Index() =>
        Html(
            StatusCodes.Status200OK,
            "ErrorHandlers sample",
            """
            <ul>
            <li><a href="/profile?username=alice">/profile?username=alice</a>, <a href="/profile">without a name</a> (400), <a href="/profile?username=nobody">an unknown name</a> (404)</li>
            <li><a href="/cheese">/cheese</a> (a JSON 404 with the abort description)</li>
            <li><a href="/items/1">/items/1</a>, <a href="/items/2">/items/2</a> (403), <a href="/items/3">/items/3</a> (410)</li>
            <li><a href="/upstream/refused">/upstream/refused</a>, <a href="/upstream/reset">/upstream/reset</a> (a hierarchy of handlers)</li>
            <li><a href="/crash">/crash</a> and <a href="/blog/crash">/blog/crash</a> (two 500 pages)</li>
            <li><a href="/api/user?user_id=alice">/api/user?user_id=alice</a>, <a href="/api/teapot">/api/teapot</a>, <a href="/api/missing">/api/missing</a> (JSON errors)</li>
            </ul>
            """);

    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
