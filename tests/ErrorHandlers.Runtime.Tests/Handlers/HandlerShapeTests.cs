using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>docs/design.md, Handler methods: what a handler may return and which parameters are bound per call.</summary>
public sealed class HandlerShapeTests
{
    private const string Program = """
        public interface INotRegistered { }

        public static class Handlers
        {
            [ErrorHandler(400)]
            public static string BodyOnly(BadRequestException e) => "<p>only a body</p>";

            [ErrorHandler(403)]
            public static IResult ReturnsTheException(ForbiddenException e) => e;

            [ErrorHandler(404)]
            public static async Task<IResult> TaskOfResult(NotFoundException e, HttpRequest request)
            {
                await Task.Yield();
                return Results.Text($"task {request.Path}", statusCode: 404);
            }

            [ErrorHandler(409)]
            public static ValueTask<IResult> ValueTaskOfResult(ConflictException e, CancellationToken cancellationToken) =>
                new(Results.Text($"value task, cancelled: {cancellationToken.IsCancellationRequested}", statusCode: 409));

            [ErrorHandler(410)]
            public static async Task<string> TaskOfBody(GoneException e)
            {
                await Task.Yield();
                return "task body";
            }

            [ErrorHandler(412)]
            public static ValueTask<string> ValueTaskOfBody(PreconditionFailedException e) => new("value task body");

            [ErrorHandler(422)]
            public static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<string> TypedResult(UnprocessableEntityException e) =>
                TypedResults.Json(e.Description, statusCode: 422);

            [ErrorHandler(423)]
            public static IResult Services(LockedException e, IHostEnvironment environment, INotRegistered? missing, HttpContext context, HttpResponse response)
            {
                response.Headers["X-Handler"] = "services";
                return Results.Text($"{environment.EnvironmentName}, missing is null: {missing is null}, same context: {ReferenceEquals(context.Response, response)}", statusCode: 423);
            }

            [ErrorHandler(424)]
            [ErrorHandler(431)]
            public static IResult TwoKeys(HttpException e) => Results.Text($"two keys {e.StatusCode}", statusCode: e.StatusCode);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/{code:int}", (int code) => Abort.With(code, code == 422 ? "unprocessable" : null));
            }
        }
        """;

    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() => s_app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [TestCase(400, 200, "text/html; charset=utf-8", "<p>only a body</p>", TestName = "A string is an HTML body with status 200, as in Flask")]
    [TestCase(404, 404, "text/plain; charset=utf-8", "task /404", TestName = "Task of IResult, with HttpRequest bound")]
    [TestCase(409, 409, "text/plain; charset=utf-8", "value task, cancelled: False", TestName = "ValueTask of IResult, with the request's CancellationToken")]
    [TestCase(410, 200, "text/html; charset=utf-8", "task body", TestName = "Task of string")]
    [TestCase(412, 200, "text/html; charset=utf-8", "value task body", TestName = "ValueTask of string")]
    [TestCase(422, 422, "application/json; charset=utf-8", "\"unprocessable\"", TestName = "A typed result")]
    [TestCase(424, 424, "text/plain; charset=utf-8", "two keys 424", TestName = "One method under two attributes, first key")]
    [TestCase(431, 431, "text/plain; charset=utf-8", "two keys 431", TestName = "One method under two attributes, second key")]
    public async Task Return_shapes(int code, int status, string contentType, string body)
    {
        var response = await s_app.Client.GetAsync($"/{code}");

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(contentType));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(body));
    }

    [Test]
    public async Task Returning_the_exception_renders_its_default_page()
    {
        var response = await s_app.Client.GetAsync("/403");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>403 Forbidden</title>"));
    }

    [Test]
    public async Task Other_parameters_come_from_the_request_services_and_optional_ones_may_be_missing()
    {
        var response = await s_app.Client.GetAsync("/423");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Production, missing is null: True, same context: True"));
        Assert.That(response.Headers.GetValues("X-Handler"), Is.EqualTo(new[] { "services" }));
    }

    [Test]
    public void A_handler_with_an_MVC_result_in_an_application_without_MVC_fails_at_start_up()
    {
        const string program = """
            using Microsoft.AspNetCore.Mvc;

            public static class Handlers
            {
                [ErrorHandler(409)]
                public static IActionResult Conflict(ConflictException e) => new ObjectResult("conflict") { StatusCode = 409 };
            }

            public static class Routes
            {
                public static void Map(WebApplication app) => app.MapGet("/", () => "home");
            }
            """;

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => TestApp.StartAsync<ErrorHandlerGenerator>(program));

        Assert.That(failure!.Message, Is.EqualTo(
            "The error handler Handlers.Conflict answers with an MVC result (IActionResult), which needs MVC's services: call "
            + "builder.Services.AddControllers() (or AddControllersWithViews(), for views) at startup."));
    }

    [Test]
    public async Task A_handler_with_an_MVC_result_answers_once_MVC_is_registered()
    {
        const string program = """
            using Microsoft.AspNetCore.Mvc;

            public static class Handlers
            {
                [ErrorHandler(409)]
                public static IActionResult Conflict(ConflictException e) => new ObjectResult(new { error = "conflict" }) { StatusCode = 409 };
            }

            public static class Routes
            {
                public static void Map(WebApplication app) => app.MapGet("/", IResult () => throw new ConflictException());
            }
            """;

        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(program, new TestAppOptions { Services = services => services.AddControllers() });
        using var response = await app.Client.GetAsync("/");

        Assert.That(((int)response.StatusCode, await response.Content.ReadAsStringAsync()), Is.EqualTo((409, """{"error":"conflict"}""")));
    }
}
