using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>
/// docs/design.md, Default responses: every default response against what Werkzeug 3.1 itself sends, recorded by
/// <c>Reference/werkzeug_responses.py</c> into <c>werkzeug-responses.json</c>: status, headers and body to the byte.
/// </summary>
public sealed class DefaultPageTests
{
    private static readonly Dictionary<string, Func<HttpException>> Cases = new()
    {
        ["default 400"] = () => new BadRequestException(),
        ["default 401"] = () => new UnauthorizedException(),
        ["default 403"] = () => new ForbiddenException(),
        ["default 404"] = () => new NotFoundException(),
        ["default 405"] = () => new MethodNotAllowedException(),
        ["default 406"] = () => new NotAcceptableException(),
        ["default 408"] = () => new RequestTimeoutException(),
        ["default 409"] = () => new ConflictException(),
        ["default 410"] = () => new GoneException(),
        ["default 411"] = () => new LengthRequiredException(),
        ["default 412"] = () => new PreconditionFailedException(),
        ["default 413"] = () => new RequestEntityTooLargeException(),
        ["default 414"] = () => new RequestURITooLargeException(),
        ["default 415"] = () => new UnsupportedMediaTypeException(),
        ["default 416"] = () => new RequestedRangeNotSatisfiableException(),
        ["default 417"] = () => new ExpectationFailedException(),
        ["default 418"] = () => new ImATeapotException(),
        ["default 421"] = () => new MisdirectedRequestException(),
        ["default 422"] = () => new UnprocessableEntityException(),
        ["default 423"] = () => new LockedException(),
        ["default 424"] = () => new FailedDependencyException(),
        ["default 428"] = () => new PreconditionRequiredException(),
        ["default 429"] = () => new TooManyRequestsException(),
        ["default 431"] = () => new RequestHeaderFieldsTooLargeException(),
        ["default 451"] = () => new UnavailableForLegalReasonsException(),
        ["default 500"] = () => new InternalServerErrorException(),
        ["default 501"] = () => new NotImplementedHttpException(),
        ["default 502"] = () => new BadGatewayException(),
        ["default 503"] = () => new ServiceUnavailableException(),
        ["default 504"] = () => new GatewayTimeoutException(),
        ["default 505"] = () => new HTTPVersionNotSupportedException(),
        ["escaped description"] = () => new NotFoundException("line1\nline2 <script>&\"'"),
        ["405 with methods"] = () => new MethodNotAllowedException(["GET", "POST"]),
        ["401 with two challenges"] = () => new UnauthorizedException(wwwAuthenticate: ["Basic realm=r", "Bearer"]),
        ["429 retry seconds"] = () => new TooManyRequestsException(retryAfter: 20),
        ["503 retry date"] = () => new ServiceUnavailableException(retryAt: new DateTimeOffset(2020, 1, 4, 18, 52, 16, TimeSpan.Zero)),
        ["503 retry zero"] = () => new ServiceUnavailableException(retryAfter: 0),
        ["416 with length"] = () => new RequestedRangeNotSatisfiableException(length: 100),
    };

    private static RuntimeApp s_app = null!;

    public static IEnumerable<TestCaseData> WerkzeugResponses()
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "werkzeug-responses.json")));
        foreach (var response in reference.RootElement.GetProperty("cases").EnumerateArray())
        {
            var name = response.GetProperty("case").GetString()!;
            yield return new TestCaseData(
                    name,
                    response.GetProperty("status").GetInt32(),
                    response.GetProperty("headers").EnumerateArray().Select(h => (h[0].GetString()!, h[1].GetString()!)).ToArray(),
                    response.GetProperty("body").GetString()!)
                .SetName($"Werkzeug: {name}");
        }
    }

    [OneTimeSetUp]
    public static async Task Start() =>
        s_app = await RuntimeApp.StartAsync(app => app.MapGet("/case", (string name) => { throw Cases[name](); }));

    [OneTimeTearDown]
    public static async Task Stop() => await s_app.DisposeAsync();

    [Test]
    public void Every_Werkzeug_default_exception_has_a_case() =>
        Assert.That(WerkzeugResponses().Count(c => ((string)c.Arguments[0]!).StartsWith("default ", StringComparison.Ordinal)), Is.EqualTo(31));

    [TestCaseSource(nameof(WerkzeugResponses))]
    public async Task Matches_Werkzeug(string name, int status, (string Name, string Value)[] headers, string body)
    {
        var response = await s_app.Client.GetAsync($"/case?name={Uri.EscapeDataString(name)}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(body));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(Encoding.UTF8.GetByteCount(body)));
        foreach (var group in headers.GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            Assert.That(string.Join(", ", Values(response, group.Key)), Is.EqualTo(string.Join(", ", group.Select(h => h.Value))), group.Key);
        }

        Assert.That(response.Headers.Concat(response.Content.Headers).Select(h => h.Key),
            Is.SubsetOf(headers.Select(h => h.Name).Concat(DeliberatelyAdded.Keys).Append("Content-Length")), "headers Werkzeug does not send");
        foreach (var (header, value) in DeliberatelyAdded)
        {
            Assert.That(Directives(Values(response, header)), Is.EqualTo(Directives([value])), header);
        }
    }

    /// <summary>What ErrorHandlers adds to Werkzeug's headers (docs/design.md, Differences from Flask): an error is never cached, and the body depends on Accept.</summary>
    private static readonly Dictionary<string, string> DeliberatelyAdded = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cache-Control"] = "no-cache,no-store",
        ["Pragma"] = "no-cache",
        ["Expires"] = "-1",
        ["Vary"] = "Accept",
    };

    [Test]
    public async Task A_user_subclass_is_named_by_its_code()
    {
        await using var app = await RuntimeApp.StartAsync(a =>
        {
            a.MapGet("/507", () => { throw new StorageException(507); });
            a.MapGet("/599", () => { throw new StorageException(599); });
        });

        Assert.That(await (await app.Client.GetAsync("/507")).Content.ReadAsStringAsync(), Does.Contain("<title>507 Insufficient Storage</title>"));
        Assert.That(await (await app.Client.GetAsync("/599")).Content.ReadAsStringAsync(), Does.Contain("<title>599 Unknown Error</title>\n<h1>Unknown Error</h1>\n<p></p>"));
        Assert.That(new StorageException(507).Message, Is.EqualTo("507 Insufficient Storage: "));
    }

    [TestCase(204)]
    [TestCase(205)]
    [TestCase(304)]
    public async Task A_status_that_allows_no_body_gets_none(int status)
    {
        await using var app = await RuntimeApp.StartAsync(a =>
        {
            a.MapGet("/thrown", () => { throw new StorageException(status); });
            a.MapGet("/returned", () => new StorageException(status));
        });

        foreach (var path in new[] { "/thrown", "/returned" })
        {
            using var response = await app.Client.GetAsync(path);

            Assert.That((int)response.StatusCode, Is.EqualTo(status), path);
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty, path);
            Assert.That(response.Content.Headers.ContentType, Is.Null, path);
        }

        // .NET 8's hosting logs each request at Information; nothing else is logged.
        Assert.That(app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning || e.Category == Pipeline.ErrorHandlerLog.Category), Is.Empty);
    }

    [TestCase(99)]
    [TestCase(101)]
    [TestCase(200)]
    [TestCase(302)]
    [TestCase(600)]
    public async Task A_status_no_error_response_can_carry_is_a_clean_500(int status)
    {
        await using var app = await RuntimeApp.StartAsync(a =>
        {
            a.MapGet("/thrown", () => { throw new StorageException(status); });
            a.MapGet("/returned", () => new StorageException(status));
            a.MapGet("/dispatched", () => Abort.Result(new StorageException(status)));
        });

        foreach (var path in new[] { "/thrown", "/returned", "/dispatched" })
        {
            using var response = await app.Client.GetAsync(path);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), path);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<title>500 Internal Server Error</title>"), path);
        }

        var logged = app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.That(logged.Select(e => (e.Category, e.EventId.Id)), Is.EqualTo(Enumerable.Repeat(("ErrorHandlers", 1), 3)));
        Assert.That(logged[0].Exception?.Message, Is.EqualTo(
            $"ErrorHandlers.Runtime.Tests.Core.DefaultPageTests+StorageException has status code {status}, which no error response can carry: "
            + "an HttpException answers with 400–599, or with 204, 205 or 304 and no body."));
    }

    [Test]
    public async Task An_endpoint_that_returns_an_HttpException_renders_its_default_page()
    {
        await using var app = await RuntimeApp.StartAsync(a => a.MapGet("/gone", () => new GoneException("It left.")));

        var response = await app.Client.GetAsync("/gone");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.EndWith("<p>It left.</p>\n"));
    }

    [Test]
    public void Each_challenge_is_a_header_of_its_own()
    {
        IHeaderDictionary headers = new HeaderDictionary();

        new UnauthorizedException(wwwAuthenticate: ["Basic realm=r", "Bearer"]).AddHeaders(headers);

        Assert.That(headers.WWWAuthenticate.ToArray(), Is.EqualTo(new[] { "Basic realm=r", "Bearer" }));
    }

    /// <summary>A header's comma-separated directives, sorted: HttpClient reorders those of Cache-Control.</summary>
    private static string[] Directives(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues
        : [];

    private sealed class StorageException(int code) : HttpException(code);
}
