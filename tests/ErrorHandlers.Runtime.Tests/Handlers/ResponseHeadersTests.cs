using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, The 500 path on Kestrel at 127.0.0.1: an error response carries none of the failed endpoint's headers, keeps those of
/// middleware outside <c>UseErrorHandlers</c> (set before it, or when the response starts, as CORS does), and is never
/// cacheable unless its handler says so.
/// </summary>
public sealed class ResponseHeadersTests
{
    private const string Program = """
        public static class Handlers
        {
            [ErrorHandler(409)]
            public static IResult Conflict(ConflictException e) => Results.Text("conflict handler", statusCode: 409);

            [ErrorHandler(410)]
            public static IResult Gone(GoneException e, HttpResponse response)
            {
                response.Headers.CacheControl = "public, max-age=60";
                return Results.Text("gone handler", statusCode: 410);
            }

            [ErrorHandler(405)]
            public static IResult MethodNotAllowed(MethodNotAllowedException e) => Results.Text("405 handler", statusCode: 405);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.UseCors();
                app.MapGet("/leaky/{failure}", (string failure, HttpResponse response) =>
                {
                    response.Cookies.Append("session", "abc");
                    response.Headers.CacheControl = "public, max-age=3600";
                    response.Headers.Expires = "Thu, 01 Dec 2099 16:00:00 GMT";
                    response.Headers.ETag = "\"v1\"";
                    response.Headers.LastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
                    response.Headers.Location = "/elsewhere";
                    response.Headers.ContentLanguage = "de";
                    response.Headers["X-Total-Count"] = "42";
                    return failure switch
                    {
                        "crash" => throw new InvalidOperationException("crash"),
                        "conflict" => Abort.Result(409),
                        "thrown-conflict" => throw new ConflictException(),
                        "gone" => Abort.Result(410),
                        _ => Abort.Result(404),
                    };
                });
                app.MapGet("/ok", () => "ok");
                app.MapGet("/api/things/{id:int}", (int id) => Abort.Result(404, $"No thing {id}."));
            }
        }

        public static class Services
        {
            public static void Add(IServiceCollection services) =>
                services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins("https://client.example").WithHeaders("X-Requested-With")));
        }
        """;

    private static readonly string[] EndpointHeaders =
        ["Set-Cookie", "ETag", "Last-Modified", "Location", "Content-Language", "X-Total-Count"];

    private TestApp _app = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions
        {
            Kestrel = true,
            BeforeErrorHandlers = app => app.Use((HttpContext context, RequestDelegate next) =>
            {
                context.Response.Headers["X-Frame-Options"] = "DENY";
                context.Response.Headers["X-Correlation-Id"] = "c-1";
                context.Response.Headers.CacheControl = "public, max-age=600";
                return next(context);
            }),
        });

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [TestCase("crash", 500, "<title>500 Internal Server Error</title>")]
    [TestCase("missing", 404, "<title>404 Not Found</title>")]
    [TestCase("conflict", 409, "conflict handler")]
    [TestCase("thrown-conflict", 409, "conflict handler")]
    public async Task The_failed_endpoints_headers_are_gone_and_the_outer_middlewares_stay(string failure, int status, string body)
    {
        using var response = await _app.Client.GetAsync($"/leaky/{failure}");

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(body));
        Assert.That(Names(response), Has.None.AnyOf(EndpointHeaders), "no header of the failed endpoint");
        Assert.That(Raw(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(Raw(response, "X-Correlation-Id"), Is.EqualTo("c-1"));
        Assert.That((Raw(response, "Cache-Control"), Raw(response, "Pragma"), Raw(response, "Expires")), Is.EqualTo(("no-cache,no-store", "no-cache", "-1")));
    }

    [Test]
    public async Task A_default_response_chosen_by_Accept_varies_by_Accept()
    {
        using var html = await _app.Client.GetAsync("/leaky/crash");
        using var json = await _app.Client.SendAsync(Get("/leaky/crash", accept: "application/json"));

        Assert.That(html.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(json.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((Raw(html, "Vary"), Raw(json, "Vary")), Is.EqualTo(("Accept", "Accept")));
    }

    [Test]
    public async Task A_handler_that_sets_its_own_caching_keeps_it()
    {
        using var response = await _app.Client.GetAsync("/leaky/gone");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("gone handler"));
        Assert.That(Raw(response, "Cache-Control"), Is.EqualTo("public, max-age=60"));
        Assert.That(Names(response), Has.None.AnyOf("Pragma", "Expires", "Vary"));
    }

    [Test]
    public async Task A_405_handlers_response_keeps_routings_Allow()
    {
        using var response = await _app.Client.PostAsync("/ok", content: null);

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.MethodNotAllowed, "405 handler")));
        Assert.That(Raw(response, "Allow"), Is.EqualTo("GET"));
        Assert.That(Raw(response, "Cache-Control"), Is.EqualTo("no-cache,no-store"));
    }

    [Test]
    public async Task A_cross_origin_fetch_passes_its_preflight_and_can_read_the_error_json()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/things/7");
        preflight.Headers.Add("Origin", "https://client.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-requested-with");
        using var allowed = await _app.Client.SendAsync(preflight);

        Assert.That((int)allowed.StatusCode, Is.InRange(200, 299), "a preflight must succeed for the fetch to be sent");
        Assert.That(Raw(allowed, "Access-Control-Allow-Origin"), Is.EqualTo("https://client.example"));
        Assert.That(Raw(allowed, "Access-Control-Allow-Headers"), Is.EqualTo("X-Requested-With"));

        using var request = Get("/api/things/7", accept: "application/json");
        request.Headers.Add("Origin", "https://client.example");
        request.Headers.Add("X-Requested-With", "fetch");
        using var response = await _app.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Raw(response, "Access-Control-Allow-Origin"), Is.EqualTo("https://client.example"), "without it the browser hides the body from the page");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("detail").GetString(), Is.EqualTo("No thing 7."));
    }

    private static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        return request;
    }

    private static IEnumerable<string> Names(HttpResponseMessage response) =>
        response.Headers.NonValidated.Select(h => h.Key).Concat(response.Content.Headers.NonValidated.Select(h => h.Key));

    /// <summary>A header as the server sent it, its values joined, or null.</summary>
    private static string? Raw(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
