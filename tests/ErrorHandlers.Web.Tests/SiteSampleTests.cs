using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ErrorHandlers.Web.Tests;

/// <summary>The site sample's pages (sample/Site), replayed through its real pipeline in the Production environment.</summary>
public sealed class SiteSampleTests
{
    private static WebApplicationFactory<Program> s_site = null!;
    private static HttpClient s_client = null!;

    [OneTimeSetUp]
    public static void Start()
    {
        s_site = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseEnvironment("Production"));
        s_client = s_site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public static async Task Stop()
    {
        s_client.Dispose();
        await s_site.DisposeAsync();
    }

    [TestCase("/nowhere", TestName = "An unknown URL gets the 404 page of Flask's docs, in the layout")]
    [TestCase("/cheese/camembert", TestName = "A controller's NotFound() gets the same 404 page")]
    public async Task The_404_page_is_Flasks_word_for_word(string path)
    {
        using var response = await s_client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page, Does.Contain("<title>Page Not Found · The Cheese Shop</title>"));
        Assert.That(page, Does.Contain("<link rel=\"stylesheet\" href=\"/css/site.css\">"), "the site's layout");
        Assert.That(page, Does.Contain("<h1>Page Not Found</h1>\n<p>What you were looking for is just not there.</p>\n<p><a href=\"/\">go somewhere nice</a></p>"));
    }

    [TestCase("/cellar", 403, "<h1>Staff Only</h1>")]
    [TestCase("/cheese/stilton", 410, "<h1>No Longer Made</h1>\n<p>Stilton was discontinued in 2019.</p>")]
    [TestCase("/counter", 500, "<h1>Something Went Wrong</h1>\n<p>We could not serve <code>/counter</code>.")]
    public async Task Error_pages_are_views_in_the_layout(string path, int status, string content)
    {
        using var response = await s_client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(page, Does.Contain("<a class=\"brand\" href=\"/\">The Cheese Shop</a>").And.Contain(content));
    }

    [Test]
    public async Task The_stylesheet_is_served()
    {
        using var response = await s_client.GetAsync("/css/site.css");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/api/cheeses/gouda", TestName = "The API's NotFound() is JSON")]
    [TestCase("/api/nothing", TestName = "The API's unknown URLs are JSON")]
    public async Task Api_not_found(string path)
    {
        using var response = await s_client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"code":"not_found","message":"No such cheese.","fields":null}"""));
    }

    [Test]
    public async Task The_APIs_validation_errors_are_JSON_by_field()
    {
        using var response = await s_client.PostAsJsonAsync("/api/cheeses", new { ageInMonths = 500 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("code").GetString(), Is.EqualTo("invalid"));
        Assert.That(body.RootElement.GetProperty("fields").EnumerateObject().Select(field => field.Name), Is.EquivalentTo(new[] { "Name", "AgeInMonths" }));
    }

    [Test]
    public async Task The_APIs_Conflict_is_JSON()
    {
        using var response = await s_client.PostAsJsonAsync("/api/cheeses", new { name = "brie", ageInMonths = 3 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"code\":\"conflict\""));
    }
}
