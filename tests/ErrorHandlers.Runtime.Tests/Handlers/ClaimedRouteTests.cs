using System.Net;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Errors without an exception, beyond Flask: a route group whose scope claims the unmatched routes under its prefix answers routing's
/// 404 and 405 there; the prefix itself, other prefixes and groups that do not claim keep Flask's rule (the
/// application's handlers).
/// </summary>
public sealed class ClaimedRouteTests
{
    private const string Program = """
        public static class Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("app 404", statusCode: 404);

            [ErrorHandler(405)]
            public static IResult MethodNotAllowed(MethodNotAllowedException e) => Results.Text("app 405", statusCode: 405);
        }

        [ErrorHandlerScope("api")]
        public static class ApiHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("api 404", statusCode: 404);

            [ErrorHandler(405)]
            public static IResult MethodNotAllowed(MethodNotAllowedException e) =>
                Results.Text($"api 405 allows {string.Join(",", e.ValidMethods)}", statusCode: 405);
        }

        [ErrorHandlerScope("v2")]
        public static class V2Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("v2 404", statusCode: 404);
        }

        [ErrorHandlerScope("blog")]
        public static class BlogHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("blog 404", statusCode: 404);
        }

        [ErrorHandlerScope("tenant")]
        public static class TenantHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("tenant 404", statusCode: 404);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/ok", () => "ok");
                var api = app.MapGroup("/api").WithErrorHandlerScope("api", claimUnmatchedRoutes: true);
                api.MapGet("/user", () => "user");
                var v2 = api.MapGroup("/v2").WithErrorHandlerScope("v2", claimUnmatchedRoutes: true);
                v2.MapGet("/thing", () => "thing");
                var blog = app.MapGroup("/blog").WithErrorHandlerScope("blog");
                blog.MapGet("/posts", () => "posts");
                var tenants = app.MapGroup("/tenants/{tenant}").WithErrorHandlerScope("tenant", claimUnmatchedRoutes: true);
                tenants.MapGet("/home", (string tenant) => tenant);
            }
        }
        """;

    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() => s_app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [TestCase("GET", "/api/nope", 404, "api 404", TestName = "An unmatched URL under a claiming group's prefix")]
    [TestCase("GET", "/API/Nope", 404, "api 404", TestName = "The prefix compares as routing does, ignoring case")]
    [TestCase("POST", "/api/user", 405, "api 405 allows GET", TestName = "A wrong method on a claiming group's route")]
    [TestCase("GET", "/api/v2/nope", 404, "v2 404", TestName = "Nested claiming groups: the innermost answers")]
    [TestCase("POST", "/api/v2/thing", 405, "api 405 allows GET", TestName = "Nested claiming groups: the outer scope backs the inner one")]
    [TestCase("GET", "/tenants/acme/nope", 404, "tenant 404", TestName = "A prefix with a route parameter")]
    [TestCase("GET", "/api", 404, "app 404", TestName = "The prefix alone stays the application's")]
    [TestCase("GET", "/apis/nope", 404, "app 404", TestName = "Another prefix stays the application's")]
    [TestCase("GET", "/tenants/acme", 404, "app 404", TestName = "A parameterized prefix alone stays the application's")]
    [TestCase("GET", "/blog/nope", 404, "app 404", TestName = "A group that does not claim keeps Flask's rule")]
    [TestCase("POST", "/ok", 405, "app 405", TestName = "A route outside every group keeps Flask's rule")]
    public async Task Routing_errors_are_answered_by_the_claiming_scope(string method, string path, int status, string body)
    {
        using var response = await s_app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((status, body)));
        if (status == 405)
        {
            Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET" }), "routing's Allow is kept");
        }
    }

    [Test]
    public async Task The_claim_matches_no_request_itself()
    {
        using var prefix = await s_app.Client.PostAsync("/api", content: null);

        Assert.That(((int)prefix.StatusCode, await prefix.Content.ReadAsStringAsync()), Is.EqualTo((404, "app 404")));
    }
}
