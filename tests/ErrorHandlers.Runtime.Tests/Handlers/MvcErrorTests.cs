using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// The error responses MVC writes itself reach the handlers (docs/mvc.md): an <c>[ApiController]</c> action's client
/// errors without a value (MVC's <c>ClientErrorMapping</c>), its automatic model-state 400 (with the errors by field, as
/// .NET 10's minimal-API validation gives them), and host filtering's rejection of an untrusted <c>Host</c>; MVC's
/// switches keep MVC's behaviour.
/// </summary>
public sealed class MvcErrorTests
{
    private const string Program = """
        using System.ComponentModel.DataAnnotations;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;

        public static class Handlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e, HttpRequest request) =>
                Results.Json(new { error = "not found", path = request.Path.Value }, statusCode: 404);

            [ErrorHandler(409)]
            public static IResult Conflict(ConflictException e) => Results.Json(new { error = "conflict" }, statusCode: 409);

            [ErrorHandler(401)]
            public static IResult Unauthorized(UnauthorizedException e) => Results.Json(new { error = "who are you" }, statusCode: 401);

            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e) =>
                Results.Json(new { error = "server", original = e.OriginalException?.GetType().Name }, statusCode: 500);

            [ErrorHandler(400)]
            public static IResult BadRequest(BadRequestException e) =>
                e is ValidationFailedException validation
                    ? Results.Json(new { error = "invalid", fields = validation.Errors }, statusCode: 400)
                    : Results.Json(new { error = "bad request", type = e.GetType().Name }, statusCode: 400);
        }

        [ErrorHandlerScope("shop")]
        public static class ShopHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Json(new { error = "no such product" }, statusCode: 404);
        }

        public sealed class Order
        {
            [Required]
            public string? Product { get; set; }

            [Range(1, 10)]
            public int Quantity { get; set; }
        }

        [ApiController]
        [Route("api")]
        public sealed class ItemsController : ControllerBase
        {
            [HttpGet("items/{id:int}")]
            public IActionResult Item(int id)
            {
                Response.Headers.SetCookie = "session=secret";
                Response.Headers.CacheControl = "public, max-age=600";
                return id == 1 ? Ok("one") : NotFound();
            }

            [HttpGet("conflict")]
            public IActionResult Clash() => Conflict();

            [HttpGet("status/{code:int}")]
            public IActionResult Status(int code) => StatusCode(code);

            [HttpGet("who")]
            public IActionResult Who() => Unauthorized();

            [HttpGet("bad")]
            public IActionResult Bad() => BadRequest();

            [HttpGet("own")]
            public IActionResult Own() => NotFound(new { reason = "the action's own" });

            [HttpGet("skipped")]
            [SkipStatusCodePages]
            public IActionResult Skipped() => NotFound();

            [HttpPost("orders")]
            public IActionResult Place(Order order) => Ok(order);

            [HttpGet("search")]
            public IActionResult Search([Required] string? q, [Range(1, 5)] int page = 1) => Ok(q);
        }

        [ApiController]
        [Route("shop")]
        [ErrorHandlerScope("shop")]
        public sealed class ShopController : ControllerBase
        {
            [HttpGet("products/{id:int}")]
            public IActionResult Product(int id) => NotFound();
        }

        public sealed class PagesController : Controller
        {
            [HttpGet("/pages/{id:int}")]
            public IActionResult Page(int id) => NotFound();
        }

        public static class Services
        {
            public static void Add(IServiceCollection services)
            {
                services.AddControllers().AddApplicationPart(typeof(Services).Assembly);
        #if NET10_0_OR_GREATER
                services.AddValidation();
        #endif
            }
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapControllers();
                app.MapGet("/minimal/search", ([Required] string? q, [Range(1, 5)] int page = 1) => q);
            }
        }
        """;

    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() => s_app = await StartAsync();

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [TestCase("/api/items/7", 404, """{"error":"not found","path":"/api/items/7"}""", TestName = "NotFound() reaches the 404 handler")]
    [TestCase("/api/conflict", 409, """{"error":"conflict"}""", TestName = "Conflict() reaches the 409 handler")]
    [TestCase("/api/status/409", 409, """{"error":"conflict"}""", TestName = "StatusCode(409) reaches the 409 handler")]
    [TestCase("/api/who", 401, """{"error":"who are you"}""", TestName = "Unauthorized() reaches the 401 handler")]
    [TestCase("/api/bad", 400, """{"error":"bad request","type":"BadRequestException"}""", TestName = "BadRequest() reaches the 400 handler")]
    [TestCase("/api/status/500", 500, """{"error":"server","original":null}""", TestName = "StatusCode(500) reaches the 500 handler as a 500, not an unhandled error")]
    [TestCase("/shop/products/3", 404, """{"error":"no such product"}""", TestName = "A client error is answered in the controller's scope")]
    [TestCase("/pages/3", 404, """{"error":"not found","path":"/pages/3"}""", TestName = "A plain controller's NotFound() still reaches the 404 handler")]
    public async Task An_api_controllers_client_error_reaches_the_handler_of_its_code(string path, int status, string body)
    {
        using var response = await s_app.Client.GetAsync(path);

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((status, body)));
    }

    [Test]
    public async Task The_failed_actions_headers_do_not_survive_onto_the_handlers_response()
    {
        using var response = await s_app.Client.GetAsync("/api/items/7");

        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False);
        Assert.That(response.Headers.CacheControl, Has.Property("NoStore").True.And.Property("MaxAge").Null);
    }

    [TestCase("/api/own", 404, """{"reason":"the action's own"}""", TestName = "NotFound(value) is the action's own answer")]
    [TestCase("/api/status/402", 402, "{\"status\":402,", TestName = "A code without a built-in class keeps MVC's ProblemDetails")]
    public async Task Left_as_the_action_answered(string path, int status, string bodyPart)
    {
        using var response = await s_app.Client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(bodyPart));
    }

    [Test]
    public async Task SkipStatusCodePages_keeps_mvcs_problem_details()
    {
        using var response = await s_app.Client.GetAsync("/api/skipped");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"title\":\"Not Found\""));
    }

    [Test]
    public async Task SuppressMapClientErrors_keeps_mvcs_empty_response()
    {
        await using var app = await StartAsync(options => options.SuppressMapClientErrors = true);

        using var notFound = await app.Client.GetAsync("/api/items/7");
        using var routing = await app.Client.GetAsync("/api/nowhere");

        Assert.That(((int)notFound.StatusCode, await notFound.Content.ReadAsStringAsync()), Is.EqualTo((404, string.Empty)));
        Assert.That(await routing.Content.ReadAsStringAsync(), Is.EqualTo("""{"error":"not found","path":"/api/nowhere"}"""),
            "routing's 404 is no client error of an action");
    }

    [Test]
    public async Task The_option_off_keeps_mvcs_problem_details()
    {
        await using var app = await StartAsync(services: services =>
            services.Configure<ErrorHandlerOptions>(options => options.AnswerEmptyErrorResponses = false));

        using var response = await app.Client.GetAsync("/api/items/7");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task An_invalid_model_reaches_the_400_handler_with_the_errors_by_field()
    {
        using var response = await PostJsonAsync(s_app, "/api/orders", """{"quantity":11}""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            """{"error":"invalid","fields":{"Product":["The Product field is required."],"Quantity":["The field Quantity must be between 1 and 10."]}}"""));
    }

#if NET10_0_OR_GREATER
    // Minimal APIs validate parameters from .NET 10 on (AddValidation).
    [Test]
    public async Task Mvc_and_minimal_api_validation_reach_the_same_handler_with_the_same_fields()
    {
        using var mvc = await s_app.Client.GetAsync("/api/search?q=&page=9");
        using var minimal = await s_app.Client.GetAsync("/minimal/search?q=&page=9");

        var mvcBody = await mvc.Content.ReadAsStringAsync();
        Assert.That(mvcBody, Is.EqualTo(
            """{"error":"invalid","fields":{"q":["The q field is required."],"page":["The field page must be between 1 and 5."]}}"""));
        Assert.That(await minimal.Content.ReadAsStringAsync(), Is.EqualTo(mvcBody));
    }
#endif

    [Test]
    public async Task Malformed_json_reaches_the_400_handler_as_a_validation_error()
    {
        using var response = await PostJsonAsync(s_app, "/api/orders", """{"product":"tea","quantity":""");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("error").GetString(), Is.EqualTo("invalid"));
        Assert.That(body.RootElement.GetProperty("fields").EnumerateObject().Select(field => field.Name), Does.Contain("$.quantity"),
            "MVC names the JSON path where reading failed");
    }

    [Test]
    public async Task Hostile_model_state_input_is_answered_cleanly()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var huge = "{\"product\":\"tea\",\"quantity\":[" + string.Join(',', Enumerable.Repeat("1", 200_000)) + "]}";
        var fields = "{" + string.Join(',', Enumerable.Range(0, 5000).Select(i => $"\"f{i}\":{i}")) + ",\"quantity\":0}";

        foreach (var (name, json) in new[] { ("deep", deep), ("huge array", huge), ("thousands of fields", fields) })
        {
            using var response = await PostJsonAsync(s_app, "/api/orders", json);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), name);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.That(body.RootElement.GetProperty("error").GetString(), Is.EqualTo("invalid"), name);
        }

        using var after = await s_app.Client.GetAsync("/api/items/1");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the server keeps answering");
    }

    [Test]
    public async Task SuppressModelStateInvalidFilter_lets_the_action_run()
    {
        await using var app = await StartAsync(options => options.SuppressModelStateInvalidFilter = true);

        using var response = await PostJsonAsync(app, "/api/orders", """{"quantity":11}""");

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((200, """{"product":null,"quantity":11}""")));
    }

    [Test]
    public async Task A_custom_invalid_model_state_response_is_the_developers_answer()
    {
        await using var app = await StartAsync(options => options.InvalidModelStateResponseFactory =
            _ => new UnprocessableEntityObjectResult(new { custom = true }));

        using var response = await PostJsonAsync(app, "/api/orders", """{"quantity":11}""");

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((422, """{"custom":true}""")));
    }

    [TestCase("application/json", TestName = "Without a 400 handler, an invalid model is problem+json with the errors by field")]
    [TestCase("text/html", TestName = "Without a 400 handler, an invalid model is the 400 page listing the messages")]
    public async Task Without_a_handler_the_default_response_keeps_the_errors(string accept)
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program.Replace("[ErrorHandler(400)]", string.Empty));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = new StringContent("""{"quantity":11}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd(accept);

        using var response = await app.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        if (accept == "text/html")
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(body, Does.Contain("<p>One or more validation errors occurred.<br>Product: The Product field is required.<br>"));
            return;
        }

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(body);
        Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("One or more validation errors occurred."), "MVC's own title");
        Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(400));
        Assert.That(problem.RootElement.GetProperty("errors").GetProperty("Quantity")[0].GetString(), Is.EqualTo("The field Quantity must be between 1 and 10."));
    }

    [Test]
    public async Task Host_filterings_rejection_reaches_the_400_handler()
    {
        await using var app = await StartAsync(options: new TestAppOptions
        {
            DefaultBuilder = true,
            Settings = new Dictionary<string, string?> { ["AllowedHosts"] = "shop.example" },
        });

        using var rejected = await app.Client.GetAsync("/api/items/1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/items/1") { Headers = { Host = "shop.example" } };
        using var allowed = await app.Client.SendAsync(request);

        Assert.That(((int)rejected.StatusCode, await rejected.Content.ReadAsStringAsync()), Is.EqualTo((400, """{"error":"bad request","type":"BadRequestException"}""")));
        Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Host_filterings_rejection_without_a_handler_is_the_default_400_page()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(
            Program.Replace("[ErrorHandler(400)]", string.Empty),
            new TestAppOptions { DefaultBuilder = true, Settings = new Dictionary<string, string?> { ["AllowedHosts"] = "shop.example" } });

        using var rejected = await app.Client.GetAsync("/api/items/1");

        Assert.That(rejected.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await rejected.Content.ReadAsStringAsync(), Does.StartWith("<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>"));
    }

    /// <summary>The program, with <paramref name="apiBehavior"/> configured after MVC's own defaults.</summary>
    private static Task<TestApp> StartAsync(
        Action<ApiBehaviorOptions>? apiBehavior = null, Action<IServiceCollection>? services = null, TestAppOptions? options = null) =>
        TestApp.StartAsync<ErrorHandlerGenerator>(Program, (options ?? new TestAppOptions()) with
        {
            Services = collection =>
            {
                collection.AddControllers().ConfigureApiBehaviorOptions(apiBehavior ?? (_ => { }));
                services?.Invoke(collection);
            },
        });

    private static Task<HttpResponseMessage> PostJsonAsync(TestApp app, string path, string json) =>
        app.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
}
