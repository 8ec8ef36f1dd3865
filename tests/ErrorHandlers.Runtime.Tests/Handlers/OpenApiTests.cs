using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// The OpenAPI document lists each operation's error responses from the handler table: the handler the table picks for
/// a code in the endpoint's scopes, with the content type and schema its declaration gives, or the default response.
/// Read from <c>/openapi/v1.json</c> through the real pipeline.
/// </summary>
public sealed class OpenApiTests
{
    private const string Program = """
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.RateLimiting;

        public sealed record ApiError(string Code, string Message, int Status);

        [ErrorHandlerScope("api")]
        public static class ApiErrors
        {
            [ErrorHandler(404)]
            public static JsonHttpResult<ApiError> NotFound(NotFoundException e) =>
                TypedResults.Json(new ApiError("not_found", e.Description, e.StatusCode), statusCode: e.StatusCode);

            [ErrorHandler(409)]
            [Produces("text/plain")]
            public static IResult Conflict(ConflictException e) => Results.Text("conflict", statusCode: 409);

            [ErrorHandler(422)]
            public static IResult Unprocessable(UnprocessableEntityException e) => Results.Text("unprocessable", statusCode: 422);

            [ErrorHandler(401)]
            public static Results<JsonHttpResult<ApiError>, ProblemHttpResult> Unauthorized(UnauthorizedException e) =>
                TypedResults.Problem(statusCode: 401);
        }

        [ErrorHandlerScope("admin")]
        public static class AdminErrors
        {
            [ErrorHandler(404)]
            public static string NotFound(NotFoundException e) => "<h1>No such admin page</h1>";

            [ErrorHandler(409)]
            public static ConflictException Conflict(ConflictException e) => e;
        }

        [ApiController]
        [Route("shop")]
        [ErrorHandlerScope("api")]
        public sealed class ShopController : ControllerBase
        {
            [HttpGet("{id}")]
            [ProducesError(404)]
            public string Get(int id) => throw new NotFoundException();
        }

        public sealed class Basket
        {
            [System.ComponentModel.DataAnnotations.Required]
            public string? Item { get; set; }
        }

        [ApiController]
        [Route("baskets")]
        [ErrorHandlerScope("api")]
        public sealed class BasketsController : ControllerBase
        {
            [HttpPost]
            [ProducesResponseType(404)]
            [ProducesResponseType(409)]
            [ProducesResponseType<ApiError>(410)]
            public IActionResult Add(Basket basket) => NotFound();

            [HttpGet("{id:int}")]
            public IActionResult Get(int id, int? page) => NotFound();

            [HttpGet]
            public IActionResult All() => Ok();
        }

        public static class Services
        {
            public static void Add(IServiceCollection services)
            {
                services.AddOpenApi();
                services.AddOpenApiErrorResponses();
                services.AddControllers().AddApplicationPart(typeof(Services).Assembly);
                services.AddAuthorization();
                services.AddValidation();
                services.AddRateLimiter(limiter =>
                {
                    limiter.RejectionStatusCode = 429;
                    limiter.AddFixedWindowLimiter("tight", window => { window.PermitLimit = 1; window.Window = TimeSpan.FromMinutes(1); });
                });
            }
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapOpenApi();
                app.MapControllers();
                var api = app.MapGroup("/api").WithErrorHandlerScope("api");
                api.MapGet("/users/{id}", (int id) => id == 1 ? "alice" : throw new NotFoundException()).ProducesError(404, 409, 410, 422);
                api.MapGet("/typed", Results<Ok<string>, NotFound> () => TypedResults.NotFound());
                api.MapGet("/own", Results<Ok<string>, NotFound<string>> () => TypedResults.NotFound("my own body"));
                api.MapPost("/users", (ApiError user) => user.Code);
                api.MapGet("/private", () => "secret").RequireAuthorization();
                api.MapGet("/limited", () => "slow").RequireRateLimiting("tight");
                api.MapGet("/open", () => "open").RequireAuthorization().AllowAnonymous();
                api.MapGet("/unlimited", () => "fast").RequireRateLimiting("tight").DisableRateLimiting();
                api.MapGet("/as-is", () => "secret").RequireAuthorization().WithMetadata(new SkipStatusCodePagesAttribute());
                api.MapGroup("/admin").WithErrorHandlerScope("admin").MapGet("/pages/{id}", (int id) => "page").ProducesError(404, 409, 410);
                app.MapGet("/plain", () => "plain");
            }
        }
        """;

    private TestApp _app = null!;
    private JsonNode _document = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);
        var response = await _app.Client.GetAsync("/openapi/v1.json");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        _document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [OneTimeTearDown]
    public async Task Stop() => await _app.DisposeAsync();

    [Test]
    public void A_typed_result_handler_gives_its_content_type_and_schema()
    {
        var notFound = Response("/api/users/{id}", "get", "404");

        Assert.That(notFound["description"]!.GetValue<string>(), Is.EqualTo("Not Found"), "Werkzeug's name for the code");
        Assert.That(ContentTypes(notFound), Is.EqualTo(new[] { "application/json" }));
        Assert.That(Properties(Schema(notFound, "application/json")).ToDictionary(p => p.Key, p => p.Value[0]), Is.EqualTo(new Dictionary<string, string>
        {
            ["code"] = "string",
            ["message"] = "string",
            ["status"] = "integer",
        }));
        Assert.That(notFound["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/ApiError"), "one schema for the type, as for the request body");
    }

    [Test]
    public async Task The_documented_schema_is_what_the_handler_really_writes()
    {
        var response = await _app.Client.GetAsync("/api/users/2");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var schema = Properties(Schema(Response("/api/users/{id}", "get", "404"), "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(body.Select(property => property.Key), Is.EquivalentTo(schema.Keys));
        foreach (var (name, value) in body)
        {
            Assert.That(schema[name], Does.Contain(JsonType(value!)), name);
        }
    }

    [Test]
    public void An_IResult_handler_gives_what_its_Produces_says_or_only_the_description()
    {
        var conflict = Response("/api/users/{id}", "get", "409");
        var unprocessable = Response("/api/users/{id}", "get", "422");

        Assert.That(ContentTypes(conflict), Is.EqualTo(new[] { "text/plain" }));
        Assert.That(Schema(conflict, "text/plain"), Is.Null, "[Produces] names no type");
        Assert.That(unprocessable["description"]!.GetValue<string>(), Is.EqualTo("Unprocessable Entity"));
        Assert.That(unprocessable["content"], Is.Null, "a plain IResult says nothing about its body");
    }

    [Test]
    public void A_code_without_a_handler_gives_the_default_response()
    {
        var gone = Response("/api/users/{id}", "get", "410");

        Assert.That(ContentTypes(gone), Is.EqualTo(new[] { "application/problem+json", "text/html" }));
        Assert.That(Properties(Schema(gone, "application/problem+json")).Keys, Is.SupersetOf(new[] { "type", "title", "status", "detail", "instance" }));
        Assert.That(Schema(gone, "text/html")!["type"]!.GetValue<string>(), Is.EqualTo("string"));
    }

    [Test]
    public void A_handler_that_returns_the_exception_gives_the_default_response()
    {
        var conflict = Response("/api/admin/pages/{id}", "get", "409");
        var gone = Response("/api/admin/pages/{id}", "get", "410");

        Assert.That(ContentTypes(conflict), Is.EqualTo(new[] { "application/problem+json", "text/html" }));
        Assert.That(JsonNode.DeepEquals(conflict["content"], gone["content"]), Is.True, "the same as no handler, whose response it renders");
    }

    [Test]
    public void The_inner_scope_handler_wins_as_at_run_time()
    {
        var page = Response("/api/admin/pages/{id}", "get", "404");

        Assert.That(ContentTypes(page), Is.EqualTo(new[] { "text/html" }), "the admin scope's HTML handler, not the api scope's JSON one");
    }

    [Test]
    public void Undeclared_codes_are_absent()
    {
        Assert.That(Responses("/plain", "get").Select(r => r.Key), Is.EqualTo(new[] { "200" }));
        Assert.That(Responses("/api/users/{id}", "get").Select(r => r.Key), Is.EquivalentTo(new[] { "200", "404", "409", "410", "422" }), "no 405, no 500");
    }

    [Test]
    public void An_empty_error_result_of_the_endpoint_gets_the_handler_response_and_a_body_of_its_own_stays()
    {
        Assert.That(ContentTypes(Response("/api/typed", "get", "404")), Is.EqualTo(new[] { "application/json" }));
        Assert.That(Schema(Response("/api/own", "get", "404"), "application/json")!["type"]!.GetValue<string>(), Is.EqualTo("string"));
    }

    [Test]
    public void Errors_ASP_NET_Core_raises_itself_are_listed_where_certain()
    {
        Assert.That(Responses("/api/users", "post").Select(r => r.Key), Does.Contain("400"), "the body is bound");
        Assert.That(ContentTypes(Response("/api/users", "post", "400")), Is.EqualTo(new[] { "application/problem+json", "text/html" }));
        Assert.That(Properties(Schema(Response("/api/users", "post", "400"), "application/problem+json")).Keys, Does.Contain("errors"), "validation is on: its 400 carries the errors");
        Assert.That(Responses("/api/private", "get").Select(r => r.Key), Is.SupersetOf(new[] { "401", "403" }));
        Assert.That(ContentTypes(Response("/api/private", "get", "401")), Is.EqualTo(new[] { "application/json", "application/problem+json" }), "a union gives each member's");
        Assert.That(Responses("/api/limited", "get").Select(r => r.Key), Does.Contain("429"));
        Assert.That(Responses("/api/users/{id}", "get").Select(r => r.Key), Has.None.EqualTo("400").And.None.EqualTo("401"));
    }

    [Test]
    public void What_switches_ASP_NET_Core_errors_off_switches_them_off_here()
    {
        Assert.That(Responses("/api/open", "get").Select(r => r.Key), Is.EqualTo(new[] { "200" }), "[AllowAnonymous]");
        Assert.That(Responses("/api/unlimited", "get").Select(r => r.Key), Is.EqualTo(new[] { "200" }), "[DisableRateLimiting]");
        Assert.That(Response("/api/as-is", "get", "401")["content"], Is.Null, "[SkipStatusCodePages]: the empty 401 stays empty");
    }

    [Test]
    public void A_controller_action_in_a_scope_gets_its_handler_response()
    {
        Assert.That(ContentTypes(Response("/shop/{id}", "get", "404")), Is.EqualTo(new[] { "application/json" }));
    }

    [Test]
    public void An_api_controllers_client_errors_are_the_handlers_response_and_a_type_of_its_own_stays()
    {
        Assert.That(ContentTypes(Response("/baskets", "post", "404")), Is.EqualTo(new[] { "application/json" }), "the api scope's JSON handler, not MVC's ProblemDetails");
        Assert.That(ContentTypes(Response("/baskets", "post", "409")), Is.EqualTo(new[] { "text/plain" }));
        Assert.That(Response("/baskets", "post", "410")["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>(), Is.EqualTo("#/components/schemas/ApiError"));
        Assert.That(ContentTypes(Response("/baskets", "post", "410")), Does.Not.Contain("text/html"), "the action's own ApiError body stays");
    }

    [Test]
    public void An_api_controllers_model_state_400_is_listed_where_the_action_binds_from_the_request()
    {
        var bodyBound = Response("/baskets", "post", "400");
        var queryBound = Response("/baskets/{id}", "get", "400");

        Assert.That(ContentTypes(bodyBound), Is.EqualTo(new[] { "application/problem+json", "text/html" }), "no 400 handler: the default response");
        Assert.That(Properties(Schema(bodyBound, "application/problem+json")).Keys, Does.Contain("errors"));
        Assert.That(ContentTypes(queryBound), Is.EqualTo(ContentTypes(bodyBound)));
        Assert.That(Responses("/baskets", "get").Select(r => r.Key), Has.None.EqualTo("400"), "nothing bound, nothing to validate");
    }

    [Test]
    public async Task An_api_controllers_real_error_responses_are_the_documented_ones()
    {
        using var notFound = await _app.Client.PostAsync("/baskets", JsonContent.Create(new { item = "tea" }));
        using var invalid = new HttpRequestMessage(HttpMethod.Post, "/baskets") { Content = JsonContent.Create(new { }) };
        invalid.Headers.Accept.ParseAdd("application/json");
        using var invalidResponse = await _app.Client.SendAsync(invalid);

        var notFoundBody = JsonNode.Parse(await notFound.Content.ReadAsStringAsync())!.AsObject();
        var invalidBody = JsonNode.Parse(await invalidResponse.Content.ReadAsStringAsync())!.AsObject();
        Assert.That(notFound.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(notFoundBody.Select(property => property.Key), Is.EquivalentTo(Properties(Schema(Response("/baskets", "post", "404"), "application/json")).Keys));
        Assert.That(invalidResponse.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(Properties(Schema(Response("/baskets", "post", "400"), "application/problem+json")).Keys, Is.SupersetOf(invalidBody.Select(property => property.Key).Where(key => key != "traceId")));
        Assert.That(invalidBody["errors"]!["Item"]![0]!.GetValue<string>(), Is.EqualTo("The Item field is required."));
    }

    private IEnumerable<KeyValuePair<string, JsonNode?>> Responses(string path, string method) =>
        _document["paths"]?[path]?[method]?["responses"]?.AsObject() ?? throw new AssertionException($"no {method} {path} in the document:\n{_document}");

    private JsonNode Response(string path, string method, string statusCode) =>
        Responses(path, method).SingleOrDefault(r => r.Key == statusCode).Value
        ?? throw new AssertionException($"no {statusCode} for {method} {path}:\n{_document["paths"]?[path]}");

    private static string[] ContentTypes(JsonNode response) =>
        [.. response["content"]?.AsObject().Select(content => content.Key) ?? []];

    /// <summary>The schema of one content type, a <c>$ref</c> followed into the components.</summary>
    private JsonNode? Schema(JsonNode response, string contentType)
    {
        var schema = response["content"]?[contentType]?["schema"];
        return schema?["$ref"]?.GetValue<string>() is { } reference
            ? _document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]
            : schema;
    }

    private static Dictionary<string, string[]> Properties(JsonNode? schema) =>
        schema?["properties"]?.AsObject().ToDictionary(property => property.Key, property => TypesOf(property.Value!))
        ?? throw new AssertionException($"no properties in {schema}");

    /// <summary>
    /// The JSON types a property allows, the one it is written as first: .NET 10 writes a nullable string as
    /// <c>["null", "string"]</c>, and an <c>int</c>, which the web defaults also read from a string, as
    /// <c>["integer", "string"]</c>.
    /// </summary>
    private static string[] TypesOf(JsonNode property) =>
        property["type"] switch
        {
            JsonArray types => [.. types.Select(type => type!.GetValue<string>()).Where(type => type != "null")],
            { } type => [type.GetValue<string>()],
            _ => [],
        };

    private static string JsonType(JsonNode value) =>
        value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => "integer",
            _ => value.GetValueKind().ToString(),
        };
}
