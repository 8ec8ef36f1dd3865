using System.Net;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// Handlers declared in class libraries take part in the application's table exactly as if declared in the
/// application: scopes, buckets and nearest-type precedence across assemblies.
/// </summary>
public sealed class LibraryHandlerTests
{
    private const string Domain = """
        namespace Domain;

        public class DomainException(string message) : Exception(message);
        public sealed class PaymentException() : HttpException(402, "card declined");
        public class OrderException(string message) : DomainException(message);
        public sealed class OrderLockedException() : OrderException("locked");
        internal sealed class SecretException() : DomainException("internal");

        internal static class DomainErrors
        {
            [ErrorHandler]
            internal static IResult Domain(DomainException e) => Results.Text($"domain: {e.Message}", statusCode: 422);

            [ErrorHandler]
            internal static IResult Secret(SecretException e) => Results.Text("never in the application's table", statusCode: 500);
        }

        [ErrorHandlerScope("shop")]
        internal static class ShopErrors
        {
            [ErrorHandler(409)]
            internal static IResult Conflict(ConflictException e, HttpRequest request) => Results.Text($"shop 409 at {request.Path}", statusCode: 409);
        }

        public static class Thrower
        {
            public static void Secret() => throw new SecretException();
        }
        """;

    private const string Application = """
        using Domain;

        static class AppErrors
        {
            [ErrorHandler]
            internal static IResult Payment(PaymentException e) => Results.Text($"app payment: {e.Description}", statusCode: e.StatusCode);

            [ErrorHandler]
            internal static IResult Order(OrderException e) => Results.Text($"app order: {e.Message}", statusCode: 409);

            [ErrorHandler(typeof(Exception))]
            internal static IResult Any(Exception e) => e is HttpException http ? http : Results.Text($"app catch-all: {e.Message}", statusCode: 500);
        }

        [ErrorHandlerScope("api")]
        static class ApiErrors
        {
            [ErrorHandler(typeof(HttpException))]
            internal static IResult Http(HttpException e) => Results.Text($"api class handler {e.StatusCode}", statusCode: e.StatusCode);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/domain", () => { throw new DomainException("bad input"); });
                app.MapGet("/locked", () => { throw new OrderLockedException(); });
                app.MapGet("/secret", () => Thrower.Secret());
                app.MapGroup("/shop").WithErrorHandlerScope("shop").MapGet("/conflict", () => Abort.With(409));
                app.MapGet("/conflict", () => Abort.With(409));
                app.MapGroup("/api").WithErrorHandlerScope("api").MapGet("/pay", () => { throw new PaymentException(); });
            }
        }
        """;

    private static TestApp s_app = null!;

    [OneTimeSetUp]
    public static async Task Start() =>
        s_app = await TestApp.StartAsync<ErrorHandlerGenerator>(Application, new TestAppOptions { Libraries = [Domain] });

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [TestCase("/domain", 422, "domain: bad input", TestName = "A library's internal handler answers the application's requests")]
    [TestCase("/locked", 409, "app order: locked", TestName = "The nearest registered type wins across assemblies")]
    [TestCase("/shop/conflict", 409, "shop 409 at /shop/conflict", TestName = "A library's scope applies to the application's route group")]
    [TestCase("/conflict", 409, "<!doctype html>", TestName = "Outside the scope, the library's scoped handler does not answer")]
    [TestCase("/api/pay", 402, "app payment: card declined", TestName = "A library's HttpException class is keyed by the code its instances carry: code beats class")]
    [TestCase("/secret", 422, "domain: internal", TestName = "A handler keyed by a class internal to its library is left out; the nearest public key answers")]
    public async Task Library_handlers(string path, int status, string body)
    {
        var response = await s_app.Client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith(body));
    }

    [Test]
    public async Task Without_the_library_the_applications_own_handlers_answer()
    {
        await using var alone = await TestApp.StartAsync<ErrorHandlerGenerator>("""
            public sealed class DomainException(string message) : Exception(message);

            public static class Routes
            {
                public static void Map(WebApplication app) => app.MapGet("/domain", () => { throw new DomainException("bad input"); });
            }
            """);

        var response = await alone.Client.GetAsync("/domain");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
    }
}
