using System.Net;
using System.Text.Json;
using ErrorHandlers.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>docs/design.md, Default responses: the same default error as RFC 9457 problem+json when the request prefers JSON.</summary>
public sealed class ProblemJsonTests
{
    [TestCase("application/json", true)]
    [TestCase("application/problem+json", true)]
    [TestCase("application/json, text/html;q=0.9", true)]
    [TestCase("text/html;q=0.5, application/*;q=0.8", true)]
    [TestCase("text/html", false)]
    [TestCase("text/html, application/json", false, TestName = "A tie goes to HTML, Werkzeug's only format")]
    [TestCase("*/*", false)]
    [TestCase("", false)]
    [TestCase("application/json;q=0", false)]
    [TestCase("application/json;q=0.2, */*;q=0.5", false, TestName = "The most specific range decides JSON's quality, not the highest")]
    [TestCase("text/*;q=0.1, application/json;q=0.2", true)]
    [TestCase("@@@ not a media type ;;; q=", false, TestName = "A malformed header falls back to HTML")]
    [TestCase("application/json;q=abc", false, TestName = "A malformed quality falls back to HTML")]
    [TestCase("application/json;q=1.", true, TestName = "RFC 9110 allows a 1 with a bare point")]
    [TestCase("application/json;q=0.001", true)]
    [TestCase("application/json;q=1.001", false, TestName = "A quality above 1 falls back to HTML")]
    [TestCase("application/json;q=0.5;q=0.6", false, TestName = "Two qualities fall back to HTML")]
    [TestCase("application/json;charset", false, TestName = "A parameter without a value falls back to HTML")]
    public void Accept_decides(string accept, bool json) =>
        Assert.That(AcceptNegotiation.PrefersJson(accept), Is.EqualTo(json));

    [Test]
    public async Task Without_a_problem_details_service_the_body_is_written_by_ErrorHandlers()
    {
        await using var app = await RuntimeApp.StartAsync(a => a.MapGet("/", () => Abort.With(404, "No \"such\" <thing>")));

        var response = await SendAsync(app, "application/json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "type", "title", "status", "detail", "traceId" }));
        Assert.That(body.RootElement.GetProperty("type").GetString(), Is.EqualTo("https://tools.ietf.org/html/rfc9110#section-15.5.5"));
        Assert.That(body.RootElement.GetProperty("title").GetString(), Is.EqualTo("Not Found"));
        Assert.That(body.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(404));
        Assert.That(body.RootElement.GetProperty("detail").GetString(), Is.EqualTo("No \"such\" <thing>"));
        Assert.That(body.RootElement.GetProperty("traceId").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task With_AddProblemDetails_the_applications_service_writes_it_and_its_customizations_apply()
    {
        await using var app = await RuntimeApp.StartAsync(
            a => a.MapGet("/", () => Abort.With(405)),
            services => services.AddProblemDetails(options => options.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["customized"] = true));

        var response = await SendAsync(app, "application/problem+json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(body.RootElement.GetProperty("title").GetString(), Is.EqualTo("Method Not Allowed"));
        Assert.That(body.RootElement.GetProperty("detail").GetString(), Is.EqualTo(MethodNotAllowedException.DefaultDescription));
        Assert.That(body.RootElement.GetProperty("customized").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Headers_of_the_error_are_sent_with_JSON_too()
    {
        await using var app = await RuntimeApp.StartAsync(a => a.MapGet("/", () => Abort.Result(new TooManyRequestsException(retryAfter: 30))));

        var response = await SendAsync(app, "application/json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [TestCase(400, "https://tools.ietf.org/html/rfc9110#section-15.5.1")]
    [TestCase(417, "https://tools.ietf.org/html/rfc9110#section-15.5.18")]
    [TestCase(422, "https://tools.ietf.org/html/rfc9110#section-15.5.21")]
    [TestCase(429, "about:blank")]
    [TestCase(505, "https://tools.ietf.org/html/rfc9110#section-15.6.6")]
    public void Problem_types_point_at_RFC_9110(int code, string type) =>
        Assert.That(ProblemTypes.For(code), Is.EqualTo(type));

    [Test]
    public async Task Without_AddErrorHandlers_a_problem_details_service_that_throws_fails_the_request_as_any_result_would()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IProblemDetailsWriter, ThrowingProblemDetailsWriter>().AddProblemDetails();
        await using var app = builder.Build();
        app.MapGet("/", () => new NotFoundException());
        await app.StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("application/json");
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => app.GetTestClient().SendAsync(request));

        Assert.That(error.Message, Is.EqualTo(ThrowingProblemDetailsWriter.Message));
    }

#if NET10_0_OR_GREATER
    // Minimal APIs validate parameters from .NET 10 on (AddValidation).
    [TestCase(false, TestName = "Validation errors as problem+json, written by ErrorHandlers")]
    [TestCase(true, TestName = "Validation errors as problem+json, written by the application's problem details service")]
    public async Task Validation_errors_without_a_handler_are_problem_json_with_errors(bool addProblemDetails)
    {
        await using var app = await RuntimeApp.StartAsync(
            MapValidatedPage,
            services =>
            {
                AddValidation(services);
                if (addProblemDetails)
                {
                    services.AddProblemDetails();
                }
            });

        var response = await SendAsync(app, "application/json", "/?page=11");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body.RootElement.GetProperty("title").GetString(), Is.EqualTo("Bad Request"));
        Assert.That(body.RootElement.GetProperty("detail").GetString(), Is.EqualTo("One or more validation errors occurred.\npage: The field page must be between 1 and 10."));
        Assert.That(body.RootElement.GetProperty("errors").GetProperty("page").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "The field page must be between 1 and 10." }));
    }

    [Test]
    public async Task Validation_errors_without_a_handler_are_listed_on_the_HTML_page()
    {
        await using var app = await RuntimeApp.StartAsync(MapValidatedPage, AddValidation);

        var response = await SendAsync(app, "text/html", "/?page=11");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.EndWith(
            "<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>One or more validation errors occurred.<br>page: The field page must be between 1 and 10.</p>\n"));
    }

    private static void MapValidatedPage(WebApplication app) =>
        app.MapGet("/", ([System.ComponentModel.DataAnnotations.Range(1, 10)] int page) => page);

    /// <summary>One call site: ASP.NET Core's validation generator fails on a second one in the same project.</summary>
    private static void AddValidation(IServiceCollection services) => services.AddValidation();
#endif

    private static Task<HttpResponseMessage> SendAsync(RuntimeApp app, string accept, string path = "/")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return app.Client.SendAsync(request);
    }
}
