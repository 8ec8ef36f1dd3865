using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Errors without an exception on Kestrel at 127.0.0.1: the empty error responses ASP.NET Core's own components leave (an authentication
/// challenge, a forbid, a rate limiter's rejection, minimal-API body binding, antiforgery) reach the handlers as the
/// built-in class of their code, with the headers the component set, in the matched endpoint's scopes. Authentication
/// and authorization are the ones <c>WebApplication</c> adds ahead of the application's middleware, so these errors
/// reach ErrorHandlers' outermost middleware, not <c>UseErrorHandlers</c>'.
/// </summary>
public sealed class AspNetCoreErrorTests
{
    private const string Program = """
        using System.Security.Claims;
        using System.Text.Encodings.Web;
        using System.Threading.RateLimiting;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;
        using Microsoft.Extensions.Options;

        public sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
            : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
        {
            protected override Task<AuthenticateResult> HandleAuthenticateAsync()
            {
                if (!Request.Headers.TryGetValue("X-User", out var user))
                {
                    return Task.FromResult(AuthenticateResult.NoResult());
                }

                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], "Header");
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), "Header")));
            }

            protected override Task HandleChallengeAsync(AuthenticationProperties properties)
            {
                Response.StatusCode = 401;
                Response.Headers.Append("WWW-Authenticate", "Header realm=\"tests\"");
                Response.Headers.Append("WWW-Authenticate", "Basic");
                return Task.CompletedTask;
            }
        }

        public sealed record Order(string Name, int Count);

        public static class Handlers
        {
            [ErrorHandler(401)]
            public static IResult Unauthorized(UnauthorizedException e) => Results.Text($"app 401: {string.Join(" | ", e.WwwAuthenticate)}", statusCode: 401);

            [ErrorHandler(403)]
            public static IResult Forbidden(ForbiddenException e) => Results.Text("app 403", statusCode: 403);

            [ErrorHandler(429)]
            public static IResult TooManyRequests(TooManyRequestsException e) => Results.Text($"app 429 after {e.RetryAfterSeconds}", statusCode: 429);

            [ErrorHandler(400)]
            public static IResult BadRequest(BadRequestException e) => Results.Text($"app 400: {e.InnerException?.GetType().Name}", statusCode: 400);

            [ErrorHandler(413)]
            public static IResult TooLarge(RequestEntityTooLargeException e) => Results.Text("app 413", statusCode: 413);

            [ErrorHandler(415)]
            public static IResult UnsupportedMediaType(UnsupportedMediaTypeException e) => Results.Text("app 415", statusCode: 415);
        }

        [ErrorHandlerScope("api")]
        public static class ApiHandlers
        {
            [ErrorHandler(401)]
            public static IResult Unauthorized(UnauthorizedException e) => Results.Json(new { error = "sign in" }, statusCode: 401);
        }

        public static class Services
        {
            public static void Add(IServiceCollection services)
            {
                services.AddAuthentication("Header").AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>("Header", null);
                services.AddAuthorization(authorization => authorization.AddPolicy("admin", policy => policy.RequireRole("admin")));
                services.AddRateLimiter(limiter =>
                {
                    limiter.RejectionStatusCode = 429;
                    limiter.AddFixedWindowLimiter("once", window => { window.PermitLimit = 1; window.Window = TimeSpan.FromHours(1); });
                });
                services.AddAntiforgery();
            }
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.UseRateLimiter();
                app.UseAntiforgery();
                app.MapGet("/ok", () => "ok");
                app.MapGet("/private", () => "secret").RequireAuthorization();
                app.MapGet("/admin", () => "secret").RequireAuthorization("admin");
                app.MapGet("/api/private", () => "secret").RequireAuthorization().WithErrorHandlerScope("api");
                app.MapGet("/limited/{id}", (string id) => id).RequireRateLimiting("once");
                app.MapPost("/orders", (Order order) => order.Name);
                app.MapPost("/form", ([FromForm] string name) => name);
                app.MapPost("/form-without-antiforgery", ([FromForm] string name, [FromForm] int count) => $"{count} {name}").DisableAntiforgery();
            }
        }
        """;

    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() =>
        s_app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions
        {
            Kestrel = true,
            ConfigureKestrel = kestrel => kestrel.Limits.MaxRequestBodySize = 1024,
        });

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [SetUp]
    public void ClearLogs() => s_app.Logs.Clear();

    [TearDown]
    public void NothingWasLoggedAsAnError() =>
        Assert.That(s_app.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}[{e.EventId.Id}] {e.Message}"), Is.Empty);

    [Test]
    public async Task An_authentication_challenge_reaches_the_401_handler_with_the_schemes_challenges()
    {
        using var response = await s_app.Client.GetAsync("/private");

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.Unauthorized, "app 401: Header realm=\"tests\" | Basic")));
        Assert.That(response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var challenges) ? challenges : [], Is.EqualTo(new[] { "Header realm=\"tests\"", "Basic" }), "kept on the handler's response");
    }

    [Test]
    public async Task A_challenge_on_a_scoped_endpoint_reaches_the_scopes_handler()
    {
        using var response = await s_app.Client.GetAsync("/api/private");

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.Unauthorized, "{\"error\":\"sign in\"}")));
    }

    [Test]
    public async Task A_forbid_reaches_the_403_handler()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("X-User", "bob");
        using var response = await s_app.Client.SendAsync(request);

        Assert.That((response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.Forbidden, "app 403")));
    }

    [Test]
    public async Task A_rate_limiter_rejection_reaches_the_429_handler_with_the_leases_retry_after()
    {
        var path = $"/limited/{Guid.NewGuid():N}";
        using var first = await s_app.Client.GetAsync(path);
        using var second = await s_app.Client.GetAsync(path);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        var body = await second.Content.ReadAsStringAsync();
        Assert.That(body, Does.Match(@"^app 429 after (3[0-5]\d\d|3600)$"), "the fixed window's lease says when it resets");
        Assert.That(second.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(body["app 429 after ".Length..]));
    }

    [TestCase("application/json", "{\"name\":", "app 400: BadHttpRequestException")]
    [TestCase("text/plain", "{}", "app 415")]
    [TestCase("application/json", "LARGE", "app 413")]
    public async Task A_json_body_that_cannot_bind_reaches_the_handler_of_its_status(string contentType, string body, string answer)
    {
        var content = body == "LARGE" ? $"{{\"name\":\"{new string('a', 4096)}\",\"count\":1}}" : body;
        using var response = await s_app.Client.PostAsync("/orders", new StringContent(content, Encoding.UTF8, contentType));

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(answer));
    }

    [TestCase("/form-without-antiforgery", "name=a&count=many", "app 400: BadHttpRequestException")]
    [TestCase("/form-without-antiforgery", "LARGE", "app 413")]
    [TestCase("/form", "name=a", "app 400: BadHttpRequestException")]
    public async Task A_form_that_cannot_bind_or_has_no_antiforgery_token_reaches_the_handler_of_its_status(string path, string body, string answer)
    {
        var content = body == "LARGE" ? $"name={new string('a', 4096)}" : body;
        using var response = await s_app.Client.PostAsync(path, new StringContent(content, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(answer));
    }
}
