using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Web.Tests;

/// <summary>
/// Handlers that answer with MVC results (docs/mvc.md): Razor views in the layout, found in the failed controller's
/// folder first and then in Views/Shared; partial views; MVC's content negotiation; views that fail.
/// </summary>
public sealed class ViewHandlerTests : WebAppFixture
{
    [Test]
    public async Task A_controllers_error_view_is_found_in_its_own_folder_first_in_the_layout_with_the_model()
    {
        using var response = await App.Client.GetAsync("/orders/7");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(page, Does.Contain("<title>No Such Order · Test Site</title>"), "_ViewStart and the layout apply");
        Assert.That(page, Does.Contain("<div id=\"layout\"><h1 id=\"orders-not-found\">No such order</h1>"), "Views/Orders first");
        Assert.That(page, Does.Contain("<p>Order 7 does not exist.</p>"), "the model");
    }

    [TestCase("/products/3", TestName = "A controller without a view folder of its own gets the view from Views/Shared")]
    [TestCase("/nowhere", TestName = "A routing 404 gets the view from Views/Shared")]
    [TestCase("/minimal/missing", TestName = "A minimal endpoint's 404 gets the view from Views/Shared")]
    public async Task Shared_view(string path)
    {
        using var response = await App.Client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page, Does.Contain($"<div id=\"layout\"><h1 id=\"shared-not-found\">Nothing at {path}</h1>"));
    }

    [Test]
    public async Task A_partial_view_renders_without_the_layout()
    {
        using var response = await App.Client.GetAsync("/orders/gone");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That((await response.Content.ReadAsStringAsync()).Trim(), Is.EqualTo("<p id=\"gone\">That order was archived.</p>"));
    }

    [Test]
    public async Task MVCs_own_ViewResult_renders_in_the_layout()
    {
        using var response = await App.Client.GetAsync("/orders/secret");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<div id=\"layout\"><h1 id=\"forbidden\">Staff only</h1>"));
    }

    [TestCase("application/json", "application/json", "{\"error\":\"conflict\",\"detail\":\"The order changed meanwhile.\"}")]
    [TestCase("application/xml", "application/xml", "<Error>conflict</Error><Detail>The order changed meanwhile.</Detail>")]
    public async Task An_ObjectResult_is_negotiated_by_MVCs_formatters(string accept, string contentType, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders/conflict");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await App.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(body));
    }

    [TestCase("/orders/unprocessable", 422, "application/json", "{\"error\":\"unprocessable\"}", TestName = "A JsonResult answers")]
    [TestCase("/orders/teapot", 418, "text/plain", "short and stout", TestName = "A ContentResult answers")]
    [TestCase("/orders/busy", 429, null, "", TestName = "A Task of a StatusCodeResult answers, with no body")]
    public async Task Other_MVC_results(string path, int status, string? contentType, string body)
    {
        using var response = await App.Client.GetAsync(path);

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(body));
    }

    [Test]
    public async Task An_unhandled_exception_gets_the_500_view_and_one_log()
    {
        using var response = await App.Client.GetAsync("/orders/crash");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<p id=\"original\">InvalidOperationException</p>"));
        Assert.That(App.Errors.Select(entry => entry.Message), Is.EqualTo(new[] { "Exception on /orders/crash [GET]" }));
    }

    [Test]
    public async Task A_view_that_throws_goes_down_the_500_path_logged_once()
    {
        using var response = await App.Client.GetAsync("/broken/missing");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("<div id=\"layout\"><h1 id=\"server-error\">"), "the 500 handler's view");
        Assert.That(App.Errors, Has.Count.EqualTo(1));
        Assert.That(App.Errors[0].Exception?.Message, Is.EqualTo("The error view failed."));
    }

    [Test]
    public async Task A_500_view_that_throws_gets_the_default_500_page_and_the_server_keeps_answering()
    {
        using var response = await App.Client.GetAsync("/worse/missing");
        using var next = await App.Client.GetAsync("/orders/7");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>"));
        Assert.That(App.Errors.Select(entry => entry.Exception?.Message), Is.EqualTo(new[] { "The error view failed.", "The error view failed." }),
            "the failure and the 500 handler's failure, each once");
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task In_Development_an_unhandled_exception_reaches_the_developer_exception_page_and_a_404_is_still_the_view()
    {
        await using var app = await WebApp.StartAsync("Development");

        using var crash = await app.Client.GetAsync("/orders/crash");
        using var missing = await app.Client.GetAsync("/orders/7");

        Assert.That(crash.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await crash.Content.ReadAsStringAsync(), Does.Contain("The order book is corrupt.").And.Not.Contain("id=\"server-error\""));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("id=\"orders-not-found\""));
    }

    [Test]
    public void A_view_handler_without_MVCs_services_fails_at_start_up_naming_the_handler_and_the_call()
    {
        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => WebApp.StartAsync(services: services => services.AddRazorComponents()));

        Assert.That(failure!.Message, Does.StartWith("The error handler ErrorHandlers.Web.Tests.Apps.BrokenErrors.NotFound answers with a Razor view"));
        Assert.That(failure.Message, Does.Contain("builder.Services.AddControllersWithViews()"));
    }
}
