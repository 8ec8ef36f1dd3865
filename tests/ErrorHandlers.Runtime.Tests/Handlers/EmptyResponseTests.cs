using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Errors without an exception: an endpoint that returns an error status with no body (<c>TypedResults.NotFound()</c>, minimal APIs' way
/// to say <c>abort(404)</c>) is answered like a thrown exception of that code, in its scopes, unless switched off with
/// ASP.NET Core's own switches or the option; a response with a body is never replaced. .NET 10's minimal-API
/// validation reaches the 400 handler as a <see cref="ValidationFailedException"/>.
/// </summary>
public sealed class EmptyResponseTests
{
    private const string Program = """
        using System.ComponentModel.DataAnnotations;
        using Microsoft.AspNetCore.Diagnostics;
        using Microsoft.AspNetCore.Mvc;

        public static class Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e, HttpRequest request) => Results.Text($"app 404 for {request.Path}", statusCode: 404);

            [ErrorHandler(409)]
            public static IResult Conflict(ConflictException e) => Results.Text("app 409", statusCode: 409);

            [ErrorHandler(400)]
            public static IResult BadRequest(BadRequestException e) =>
                e is ValidationFailedException validation
                    ? Results.Text("app 400: " + string.Join("; ", validation.Errors.Select(error => $"{error.Key}={string.Join(" ", error.Value)}")), statusCode: 400)
                    : Results.Text("app 400", statusCode: 400);
        }

        [ErrorHandlerScope("shop")]
        public static class ShopHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("shop 404", statusCode: 404);
        }

        public static class Services
        {
            public static void Add(IServiceCollection services)
            {
        #if NET10_0_OR_GREATER
                services.AddValidation();
        #endif
            }
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/shop/items/{id:int}", (int id) => TypedResults.NotFound()).WithErrorHandlerScope("shop");
                app.MapGet("/conflict", () => Results.StatusCode(409));
                app.MapGet("/quiet", (HttpContext context) =>
                {
                    context.Features.Get<IStatusCodePagesFeature>()!.Enabled = false;
                    return TypedResults.NotFound();
                });
                app.MapGet("/skipped", () => TypedResults.NotFound()).WithMetadata(new SkipStatusCodePagesAttribute());
                app.MapGet("/with-body", () => TypedResults.NotFound("no such item"));
                app.MapGet("/payment", () => Results.StatusCode(402));
                app.MapGet("/pages", ([Range(1, 10)] int page, [Required, StringLength(3)] string? sort) => $"page {page} by {sort}");
                app.MapGet("/problem", () => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["too far"] }));
            }
        }
        """;

    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() => s_app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions { Kestrel = true });

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [TestCase("/shop/items/7", 404, "shop 404")]
    [TestCase("/conflict", 409, "app 409")]
    [TestCase("/nowhere", 404, "app 404 for /nowhere")]
    public async Task An_empty_error_response_is_answered_in_the_endpoints_scopes(string path, int status, string body)
    {
        using var response = await s_app.Client.GetAsync(path);

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((status, body)));
    }

    [TestCase("/quiet", 404, "", TestName = "IStatusCodePagesFeature.Enabled = false keeps a response empty")]
    [TestCase("/skipped", 404, "", TestName = "[SkipStatusCodePages] keeps a response empty")]
    [TestCase("/with-body", 404, "\"no such item\"", TestName = "A response with a body is never replaced")]
    [TestCase("/payment", 402, "", TestName = "A code without a built-in class stays as it is")]
    public async Task Left_as_the_endpoint_answered(string path, int status, string body)
    {
        using var response = await s_app.Client.GetAsync(path);

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((status, body)));
    }

#if NET10_0_OR_GREATER
    // Minimal APIs validate parameters from .NET 10 on (AddValidation).
    [Test]
    public async Task Validation_errors_reach_the_400_handler()
    {
        using var response = await s_app.Client.GetAsync("/pages?page=11&sort=newest");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            "app 400: page=The field page must be between 1 and 10.; sort=The field sort must be a string with a maximum length of 3."));
    }
#endif

    [Test]
    public async Task A_validation_problem_the_endpoint_returns_is_its_own_answer()
    {
        using var response = await s_app.Client.GetAsync("/problem");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(problem.RootElement.GetProperty("errors").GetProperty("page")[0].GetString(), Is.EqualTo("too far"));
    }

    [Test]
    public async Task With_the_option_off_only_routing_errors_are_answered()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions
        {
            Services = services => services.Configure<ErrorHandlerOptions>(options => options.AnswerEmptyErrorResponses = false),
        });

        using var returned = await app.Client.GetAsync("/shop/items/7");
        using var routing = await app.Client.GetAsync("/nowhere");

        Assert.That(((int)returned.StatusCode, await returned.Content.ReadAsStringAsync()), Is.EqualTo((404, string.Empty)));
        Assert.That(((int)routing.StatusCode, await routing.Content.ReadAsStringAsync()), Is.EqualTo((404, "app 404 for /nowhere")));
#if NET10_0_OR_GREATER
        // Minimal APIs validate parameters from .NET 10 on (AddValidation).
        using var invalid = await app.Client.GetAsync("/pages?page=11&sort=new");
        Assert.That(invalid.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), "ASP.NET Core's own validation response");
#endif
    }
}
