using System.Net;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>docs/design.md, Scopes: an MVC controller joins a scope by carrying the same attribute as the handler class.</summary>
public sealed class ControllerScopeTests
{
    private const string Program = """
        using Microsoft.AspNetCore.Mvc;

        [ErrorHandlerScope("admin")]
        public static class AdminErrors
        {
            [ErrorHandler(typeof(Exception))]
            public static IResult Any(Exception e) => Results.Text("admin handler", statusCode: 500);
        }

        [ApiController]
        [Route("admin")]
        [ErrorHandlerScope("admin")]
        public sealed class AdminController : ControllerBase
        {
            [HttpGet("crash")]
            public string Crash() => throw new InvalidOperationException();
        }

        [ApiController]
        [Route("public")]
        public sealed class PublicController : ControllerBase
        {
            [HttpGet("crash")]
            public string Crash() => throw new InvalidOperationException();
        }

        [ErrorHandlerScope("api")]
        public static class ApiErrors
        {
            [ErrorHandler(typeof(Exception))]
            public static IResult Any(Exception e) => Results.Text("api handler", statusCode: 500);

            [ErrorHandler(typeof(ArgumentException))]
            public static IResult Argument(ArgumentException e) => Results.Text("api argument handler", statusCode: 400);
        }

        [ErrorHandlerScope("orders")]
        public static class OrderErrors
        {
            [ErrorHandler(typeof(InvalidOperationException))]
            public static IResult Invalid(InvalidOperationException e) => Results.Text("orders handler", statusCode: 409);
        }

        [ApiController]
        [ErrorHandlerScope("api")]
        public abstract class ApiControllerBase : ControllerBase;

        [Route("customers")]
        public sealed class CustomersController : ApiControllerBase
        {
            [HttpGet("crash")]
            public string Crash() => throw new InvalidOperationException();
        }

        [Route("orders")]
        [ErrorHandlerScope("orders")]
        public sealed class OrdersController : ApiControllerBase
        {
            [HttpGet("crash")]
            public string Crash() => throw new InvalidOperationException();

            [HttpGet("bad")]
            public string Bad() => throw new ArgumentException();
        }

        public static class Services
        {
            public static void Add(IServiceCollection services) =>
                services.AddControllers().AddApplicationPart(typeof(Services).Assembly);
        }

        public static class Routes
        {
            public static void Map(WebApplication app) => app.MapControllers();
        }
        """;

    [Test]
    public async Task A_controller_with_the_attribute_uses_the_scope_and_one_without_does_not()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);

        var scoped = await app.Client.GetAsync("/admin/crash");
        var unscoped = await app.Client.GetAsync("/public/crash");

        Assert.That(await scoped.Content.ReadAsStringAsync(), Is.EqualTo("admin handler"));
        Assert.That(unscoped.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await unscoped.Content.ReadAsStringAsync(), Does.Contain("<title>500 Internal Server Error</title>"));
    }

    [Test]
    public async Task A_base_controllers_scope_applies_to_the_controllers_that_derive_from_it()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);

        var response = await app.Client.GetAsync("/customers/crash");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("api handler"));
    }

    [Test]
    public async Task A_derived_controllers_own_scope_replaces_its_base_controllers()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);

        var own = await app.Client.GetAsync("/orders/crash");
        var notInherited = await app.Client.GetAsync("/orders/bad");

        Assert.That(await own.Content.ReadAsStringAsync(), Is.EqualTo("orders handler"));
        Assert.That(notInherited.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), "the api scope's handlers do not apply");
        Assert.That(await notInherited.Content.ReadAsStringAsync(), Does.Contain("<title>500 Internal Server Error</title>"));
    }
}
