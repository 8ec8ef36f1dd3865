using System.Net.Http.Headers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Runtime.Tests.Handlers;

/// <summary>
/// docs/design.md, Default responses: in production no default response carries a non-HTTP exception's message, type or stack trace. A
/// secret marker is sent down every path that ends in a default response, in HTML and in JSON, with and without the
/// application's problem-details service, and with every stage that can fail failing with the marker too.
/// </summary>
public sealed class SecretLeakTests
{
    private const string Marker = "s3cr3t";

    private const string Program = """
        public sealed class S3cr3tMarkerException(string message) : Exception(message);

        public static class Handlers
        {
            [ErrorHandler(409)]
            public static IResult Throws(ConflictException e) => throw new S3cr3tMarkerException("s3cr3t in a handler");
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/thrown", () => { throw new S3cr3tMarkerException("s3cr3t thrown"); });
                app.MapGet("/returned", () => Abort.Result(new S3cr3tMarkerException("s3cr3t returned")));
                app.MapGet("/handler-throws", () => Abort.With(409));
                app.MapGet("/inner", () => { throw new InvalidOperationException("s3cr3t outer", new S3cr3tMarkerException("s3cr3t inner")); });
                app.MapGet("/aggregate", () => { throw new AggregateException(new S3cr3tMarkerException("s3cr3t aggregate")); });
                app.MapGet("/explicit-500", () => { throw new InternalServerErrorException(originalException: new S3cr3tMarkerException("s3cr3t original")); });
                app.MapGet("/binding", (int number) => number);
            }
        }
        """;

    private const string FailingServerErrorHandler = """

        public static class ServerErrorHandlers
        {
            [ErrorHandler(500)]
            public static IResult Throws(InternalServerErrorException e) => throw new S3cr3tMarkerException("s3cr3t in the 500 handler");
        }
        """;

    private static readonly string[] Paths = ["/thrown", "/returned", "/handler-throws", "/inner", "/aggregate", "/explicit-500", "/binding?number=s3cr3t"];

    private static readonly string?[] Accepts = [null, "text/html", "application/json", "application/problem+json"];

    private static readonly Dictionary<string, Action<IServiceCollection>?> Services = new()
    {
        ["no problem-details service"] = null,
        ["AddProblemDetails"] = services => services.AddProblemDetails(),
        ["a throwing IExceptionHandler and problem-details writer"] = services => services
            .AddSingleton<IProblemDetailsWriter, ThrowingWriter>()
            .AddProblemDetails()
            .AddExceptionHandler<ThrowingExceptionHandler>(),
    };

    public static IEnumerable<TestCaseData> Apps() =>
        from serverErrorHandler in new[] { false, true }
        from services in Services.Keys
        select new TestCaseData(serverErrorHandler, services)
            .SetName($"No secret leaks, {(serverErrorHandler ? "a 500 handler that throws" : "no 500 handler")}, {services}");

    [TestCaseSource(nameof(Apps))]
    public async Task No_response_contains_the_secret(bool serverErrorHandler, string services)
    {
        await using var app = await TestApp.StartAsync<ErrorHandlerGenerator>(
            Program + (serverErrorHandler ? FailingServerErrorHandler : string.Empty),
            new TestAppOptions { Services = Services[services] });
        var leaks = new List<string>();

        foreach (var path in Paths)
        {
            foreach (var accept in Accepts)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (accept is not null)
                {
                    request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
                }

                using var response = await app.Client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
                if ((int)response.StatusCode < 400 || (body + headers).Contains(Marker, StringComparison.OrdinalIgnoreCase) || body.Contains("   at ", StringComparison.Ordinal))
                {
                    leaks.Add($"{path} (Accept: {accept ?? "none"}) -> {(int)response.StatusCode}\n{headers}\n{body}");
                }
            }
        }

        Assert.That(leaks, Is.Empty);
        Assert.That(app.Logs.Entries.Where(e => e.Exception?.Message.Contains(Marker) == true), Is.Not.Empty, "the secrets were thrown, and logged");
    }

    private sealed class ThrowingExceptionHandler : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("s3cr3t in an IExceptionHandler");
    }

    private sealed class ThrowingWriter : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context) => throw new InvalidOperationException("s3cr3t in a problem-details writer");
    }
}
