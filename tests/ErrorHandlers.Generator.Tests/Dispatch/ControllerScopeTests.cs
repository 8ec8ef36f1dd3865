using System.Net;

namespace ErrorHandlers.Generator.Tests.Dispatch;

/// <summary>SPEC §4.3: an MVC controller joins a scope by carrying the same attribute as the handler class.</summary>
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
}
