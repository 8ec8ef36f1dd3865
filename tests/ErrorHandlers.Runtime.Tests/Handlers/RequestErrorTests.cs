using System.Net;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>docs/design.md, Errors without an exception: errors that come from the request itself rather than from an endpoint's code.</summary>
public sealed class RequestErrorTests
{
    private const string Program = """
        public static class Handlers
        {
            [ErrorHandler(400)]
            public static IResult BadRequest(BadRequestException e) =>
                Results.Text($"400 handler: {e.InnerException?.GetType().Name}", statusCode: 400);

            [ErrorHandler(413)]
            public static IResult TooLarge(RequestEntityTooLargeException e) =>
                Results.Text($"413 handler: {e.InnerException?.GetType().Name}", statusCode: 413);
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/upload", async (HttpRequest request) =>
                {
                    using var reader = new StreamReader(request.Body);
                    return (await reader.ReadToEndAsync()).Length;
                });
                app.MapGet("/add", (int a, int b) => a + b);
            }
        }
        """;

    [Test]
    public async Task Kestrels_too_large_body_reaches_the_413_handler()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program, new TestAppOptions
        {
            Kestrel = true,
            ConfigureKestrel = kestrel => kestrel.Limits.MaxRequestBodySize = 16,
        });

        var response = await app.Client.PostAsync("/upload", new StringContent(new string('x', 1000)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("413 handler: BadHttpRequestException"));
    }

    [Test]
    public async Task A_minimal_API_binding_failure_reaches_the_400_handler_in_production()
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(Program);

        var response = await app.Client.GetAsync("/add?a=1&b=two");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("400 handler: BadHttpRequestException"));
    }
}
