using System.Net;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Lookup, Flask's <c>_find_error_handler</c>, run for real: the generated table behind UseErrorHandlers.
/// The first fixture is the worked example of the reference (§1.5) translated line by line.
/// </summary>
public sealed class PrecedenceTests
{
    private const string FlaskWorkedExample = """
        public static class AppHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("app-404", statusCode: 404);

            [ErrorHandler(typeof(ArgumentException))]
            public static IResult Argument(ArgumentException e) => Results.Text("app-ArgumentException", statusCode: 400);
        }

        [ErrorHandlerScope("shop")]
        public static class ShopHandlers
        {
            [ErrorHandler(typeof(HttpException))]
            public static IResult Http(HttpException e) => Results.Text($"shop-HttpException {e.StatusCode}", statusCode: e.StatusCode);

            [ErrorHandler(typeof(Exception))]
            public static IResult Any(Exception e) => Results.Text("shop-Exception", statusCode: 500);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                var shop = app.MapGroup("/shop").WithErrorHandlerScope("shop");
                shop.MapGet("/item", () => Abort.With(404));
                shop.MapGet("/bad", () => { throw new ArgumentException("bad"); });
                shop.MapGet("/forbid", () => Abort.With(403));
                shop.MapGet("/onlyget", () => "ok");
                app.MapGet("/appbad", () => { throw new ArgumentException("bad"); });
                app.MapGet("/appforbid", () => Abort.With(403));
            }
        }
        """;

    private const string NestedScopes = """
        public class BaseError : Exception { }
        public class MiddleError : BaseError { }
        public sealed class LeafError : MiddleError { }
        public sealed class OldPageException : NotFoundException { }
        public sealed class My404Exception() : HttpException(404, "mine");

        public static class AppHandlers
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e) => Results.Text("app-404", statusCode: 404);

            [ErrorHandler]
            public static IResult Base(BaseError e) => Results.Text("app-BaseError", statusCode: 500);

            [ErrorHandler]
            public static IResult Middle(MiddleError e) => Results.Text("app-MiddleError", statusCode: 500);

            [ErrorHandler(410)]
            public static IResult Gone(GoneException e) => Results.Text("app-410", statusCode: 410);
        }

        [ErrorHandlerScope("outer")]
        public static class OuterHandlers
        {
            [ErrorHandler]
            public static IResult OldPage(OldPageException e) => Results.Text("outer-OldPage", statusCode: 404);

            [ErrorHandler(409)]
            public static IResult Conflict(ConflictException e) => Results.Text("outer-409", statusCode: 409);

            [ErrorHandler]
            public static IResult Base(BaseError e) => Results.Text("outer-BaseError", statusCode: 500);
        }

        [ErrorHandlerScope("inner")]
        public static class InnerHandlers
        {
            [ErrorHandler(typeof(NotFoundException))]
            public static IResult NotFound(NotFoundException e) => Results.Text("inner-404", statusCode: 404);

            [ErrorHandler(typeof(Exception))]
            public static IResult Any(Exception e) => Results.Text("inner-Exception", statusCode: 500);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                var outer = app.MapGroup("/outer").WithErrorHandlerScope("outer");
                outer.MapGet("/old", () => { throw new OldPageException(); });
                outer.MapGet("/leaf", () => { throw new LeafError(); });
                outer.MapGet("/conflict", () => Abort.With(409));
                outer.MapGet("/gone", () => Abort.With(410));

                var inner = outer.MapGroup("/inner").WithErrorHandlerScope("inner");
                inner.MapGet("/old", () => { throw new OldPageException(); });
                inner.MapGet("/leaf", () => { throw new LeafError(); });
                inner.MapGet("/conflict", () => Abort.With(409));
                inner.MapGet("/gone", () => Abort.With(410));

                app.MapGet("/leaf", () => { throw new LeafError(); });
                app.MapGet("/my404", () => { throw new My404Exception(); });
                app.MapGet("/inner-by-endpoint", () => { throw new LeafError(); }).WithErrorHandlerScope("inner");
            }
        }
        """;

    private static TestApp s_flask = null!;
    private static TestApp s_nested = null!;

    [OneTimeSetUp]
    public static async Task StartApps()
    {
        s_flask = await TestApp.StartAsync<ErrorHandlerGenerator>(FlaskWorkedExample);
        s_nested = await TestApp.StartAsync<ErrorHandlerGenerator>(NestedScopes);
    }

    [OneTimeTearDown]
    public static async Task StopApps()
    {
        await s_flask.DisposeAsync();
        await s_nested.DisposeAsync();
    }

    [TestCase("/shop/item", 404, "app-404", TestName = "Code beats class: the app's 404 beats the scope's HttpException handler")]
    [TestCase("/shop/bad", 500, "shop-Exception", TestName = "Within a bucket the inner scope beats the outer, even when the outer is more specific")]
    [TestCase("/shop/forbid", 403, "shop-HttpException 403", TestName = "No code handler: the scope's class bucket answers by the nearest base type")]
    [TestCase("/shop/missing", 404, "app-404", TestName = "A routing 404 under a scope's prefix reaches the app only")]
    [TestCase("/appbad", 400, "app-ArgumentException", TestName = "An app endpoint uses the app's class bucket")]
    public async Task Flask_worked_example(string path, int status, string body)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var response = await s_flask.Client.GetAsync(path);

            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(body));
        }
    }

    [Test]
    public async Task A_routing_405_never_reaches_a_scope_and_keeps_Allow()
    {
        var response = await s_flask.Client.PostAsync("/shop/onlyget", null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(response.Content.Headers.Allow, Is.EquivalentTo(new[] { "GET" }));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>405 Method Not Allowed</title>"));
    }

    [Test]
    public async Task An_HTTP_error_without_any_handler_gets_the_default_page()
    {
        var response = await s_flask.Client.GetAsync("/appforbid");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>"));
    }

    [TestCase("/outer/old", "outer-OldPage", TestName = "A scope's handler keyed by a NotFoundException subclass sits in the 404 bucket and beats the app's 404")]
    [TestCase("/outer/inner/old", "inner-404", TestName = "The inner scope's 404 beats the outer scope's more specific 404 subclass")]
    [TestCase("/outer/leaf", "outer-BaseError", TestName = "The outer scope's class handler beats the app's more specific one")]
    [TestCase("/outer/inner/leaf", "inner-Exception", TestName = "Nested groups give nested scopes, innermost first")]
    [TestCase("/outer/inner/conflict", "outer-409", TestName = "A code handler of the outer scope beats the inner scope's class handler")]
    [TestCase("/outer/inner/gone", "app-410", TestName = "A code handler of the app beats every scope's class handler")]
    [TestCase("/leaf", "app-MiddleError", TestName = "The registered type nearest in the base chain wins")]
    [TestCase("/inner-by-endpoint", "inner-Exception", TestName = "WithErrorHandlerScope on a single endpoint")]
    public async Task Nested_scopes(string path, string body)
    {
        // This table is large enough to be memoized: the second request is answered from the memo.
        var first = await (await s_nested.Client.GetAsync(path)).Content.ReadAsStringAsync();
        var second = await (await s_nested.Client.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.That((first, second), Is.EqualTo((body, body)));
    }

    [Test]
    public async Task A_custom_404_class_that_does_not_derive_from_NotFoundException_is_not_a_404_handlers()
    {
        var response = await s_nested.Client.GetAsync("/my404");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(
            "<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>mine</p>\n"));
    }

    [Test]
    public async Task A_routing_404_under_a_scoped_prefix_reaches_the_app_handler_not_the_scopes()
    {
        var response = await s_nested.Client.GetAsync("/outer/inner/nothing-here");

        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("app-404"));
    }
}
