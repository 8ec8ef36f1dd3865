using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>
/// Default responses against hostile input: user text in a description is inert in HTML and exact in JSON,
/// and no <c>Accept</c> header, however hostile, breaks the response.
/// </summary>
public sealed class SecurityTests
{
    private const string PageStart = "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>";
    private const string PageEnd = "</p>\n";

    /// <summary>Classic vectors from the OWASP XSS filter evasion list, plus the escaping edge cases of our own writer.</summary>
    private static readonly string[] XssVectors =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg/onload=alert(1)>",
        "</p><script>alert(document.cookie)</script><p>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<img src=\"x\" onerror=\"&#97;lert(1)\">",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "&lt;script&gt; stays text, escaped again",
        "<!-- comment --><![CDATA[ ]]>",
        "line one\r\n<script>line two</script>",
        "<<script>>nested<</script>>",
        "\u003cscript\u003e written as escapes in C#",
        "\uFF1Cscript\uFF1E full-width brackets are text",
        "<style>@import 'evil.css';</style>",
        "{{constructor.constructor('alert(1)')()}}",
        "\0<script>after a NUL</script>",
        "\" autofocus onfocus=\"alert(1)",
        "\ud83d\ude00 <b>emoji and markup</b>",
    ];

    /// <summary>Accept headers a scanner, a fuzzer or a broken client sends.</summary>
    private static readonly string[] HostileAccepts =
    [
        string.Join(",", Enumerable.Repeat("text/plain;q=0.5", 10_000)),
        new string(',', 50_000),
        "application/json;q=NaN",
        "application/json;q=1e309",
        "application/json;q=-1",
        "application/json;q=0.5;q=1;q=",
        "application/json;" + new string('x', 100_000),
        "*/*;q=",
        "application/\u00e9json",
        "text/html;q=0, application/json;q=\"1\"",
        ";;;;====,,,,/////",
        "application/json\u0000",
        "\t \t",
    ];

    private static RuntimeApp s_app = null!;
    private static RuntimeApp s_withProblemDetails = null!;

    [OneTimeSetUp]
    public static async Task Start()
    {
        s_app = await RuntimeApp.StartAsync(Map);
        s_withProblemDetails = await RuntimeApp.StartAsync(Map, services => services.AddProblemDetails());
    }

    [OneTimeTearDown]
    public static async Task Stop()
    {
        await s_app.DisposeAsync();
        await s_withProblemDetails.DisposeAsync();
    }

    [TestCaseSource(nameof(XssVectors))]
    public async Task User_text_in_a_description_is_inert_in_the_HTML_page(string vector)
    {
        var html = await BodyAsync(await SearchAsync(s_app, vector, accept: null));

        Assert.That(html, Does.StartWith(PageStart).And.EndWith(PageEnd));
        var paragraph = html[PageStart.Length..^PageEnd.Length];
        Assert.That(paragraph.Replace("<br>", string.Empty), Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("\"").And.Not.Contain("'"));
        Assert.That(WebUtility.HtmlDecode(paragraph.Replace("<br>", "\n")), Is.EqualTo(Description(vector)));
    }

    [TestCaseSource(nameof(XssVectors))]
    public async Task User_text_in_a_description_is_exact_JSON_with_markup_escaped(string vector)
    {
        var json = await BodyAsync(await SearchAsync(s_app, vector, accept: "application/json"));

        using var problem = JsonDocument.Parse(json);
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Is.EqualTo(Description(vector)));
        Assert.That(json, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("'"), "markup stays escaped should the JSON end up in a page");
    }

    /// <summary>The application's JSON options decide the escaping there (ASP.NET Core's leave markup as it is); the text must still be exact.</summary>
    [TestCaseSource(nameof(XssVectors))]
    public async Task User_text_in_a_description_is_exact_JSON_through_the_applications_problem_details_service(string vector)
    {
        var json = await BodyAsync(await SearchAsync(s_withProblemDetails, vector, accept: "application/json"));

        using var problem = JsonDocument.Parse(json);
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Is.EqualTo(Description(vector)));
    }

    public static IEnumerable<TestCaseData> HostileAcceptCases() =>
        HostileAccepts.Select((accept, i) => new TestCaseData(accept).SetName($"Hostile Accept {i}: {Printable(accept)}"));

    [TestCaseSource(nameof(HostileAcceptCases))]
    public async Task A_hostile_Accept_header_gets_the_HTML_page(string accept)
    {
        var context = await SearchAsync(s_app, "x", accept);

        Assert.That(context.Response.StatusCode, Is.EqualTo(404));
        Assert.That(context.Response.ContentType, Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(await BodyAsync(context), Does.StartWith(PageStart));
    }

    [TestCase("GET\r\nX-Injected: 1")]
    [TestCase("GET\nSet-Cookie: session=stolen")]
    [TestCase("G\u00C9T")]
    public async Task A_user_value_that_would_break_a_header_ends_in_a_plain_500(string method)
    {
        var context = await s_app.App.GetTestServer().SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/allow";
            c.Request.QueryString = QueryString.Create("method", method);
        });

        Assert.That(context.Response.StatusCode, Is.EqualTo(500));
        Assert.That(context.Response.Headers.Keys, Has.None.EqualTo("X-Injected").And.None.EqualTo("Set-Cookie").And.None.EqualTo("Allow"));
        Assert.That(await BodyAsync(context), Does.StartWith("<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>"));
    }

    private static string Printable(string value) =>
        (value.Length > 40 ? $"{value[..40]}… ({value.Length} chars)" : value).Replace("\0", "\\0").Replace("\t", "\\t");

    private static void Map(WebApplication app)
    {
        app.MapGet("/search", (string q) => Abort.With(404, Description(q)));
        app.MapGet("/allow", (string method) => Abort.Result(new MethodNotAllowedException([method])));
    }

    private static string Description(string query) => $"Nothing matches {query}.";

    /// <summary>Straight into the test server, so header values HttpClient would refuse arrive as they are.</summary>
    private static Task<HttpContext> SearchAsync(RuntimeApp app, string query, string? accept) =>
        app.App.GetTestServer().SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/search";
            context.Request.QueryString = QueryString.Create("q", query);
            if (accept is not null)
            {
                context.Request.Headers.Accept = accept;
            }
        });

    private static async Task<string> BodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
