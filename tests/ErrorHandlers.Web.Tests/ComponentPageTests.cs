using System.Net;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Web.Tests;

/// <summary>
/// Handlers that answer with Razor component pages (<c>RazorComponentResult</c>) with a layout, in a Blazor Web App's
/// static server rendering and behind minimal endpoints: the page's own errors reach them, and where the failed
/// page's services cannot render again the handler gets a fresh scope (docs/mvc.md).
/// </summary>
public sealed class ComponentPageTests : WebAppFixture
{
    [TestCase("/blazor/products/3", TestName = "A page that throws NotFoundException gets the 404 handler's component page")]
    [TestCase("/blazor/not-found", TestName = "NavigationManager.NotFound() gets the 404 handler's component page")]
    [TestCase("/plain/products/3", TestName = "A minimal endpoint's NotFoundException gets the 404 handler's component page")]
    public async Task Not_found_page(string path)
    {
        using var response = await App.Client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), page);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(page, Does.Contain("<div id=\"blazor-layout\">").And.Contain($"<h1 id=\"component-not-found\">Nothing at {path}</h1>"));
        Assert.That(App.Errors, Is.Empty);
    }

    [Test]
    public async Task A_page_that_crashes_gets_the_500_handlers_component_page_and_one_log()
    {
        using var response = await App.Client.GetAsync("/blazor/crash");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), page);
        Assert.That(page, Does.Contain("<h1 id=\"component-server-error\">").And.Contain("<p id=\"original\">InvalidOperationException</p>"));
        Assert.That(App.Errors.Select(entry => entry.Message), Is.EqualTo(new[] { "Exception on /blazor/crash [GET]" }));
    }

    [Test]
    public async Task A_streamed_page_that_fails_after_it_started_ends_with_Blazors_own_message_logged_once_and_the_connection_kept()
    {
        using var response = await App.Client.GetAsync("/blazor/streamed");
        var page = await response.Content.ReadAsStringAsync();
        using var next = await App.Client.GetAsync("/blazor/fine");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the status went out with the first part of the page");
        Assert.That(page, Does.Contain("<h1 id=\"streamed\">Loading…</h1>").And.Contain("<blazor-ssr><template type=\"error\">"),
            "the first part, then Blazor's own error message, which blazor.web.js shows");
        Assert.That(page, Does.Not.Contain("component-server-error"), "no second page after the first");
        Assert.That(App.Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning).Select(entry => (entry.Category, entry.EventId.Id)),
            Is.EqualTo(new[] { ("ErrorHandlers", 6) }), "logged once");
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the server answers the next request, on the same connection");
    }

    [Test]
    public async Task In_Development_a_crash_reaches_the_developer_exception_page_and_a_404_is_still_the_component_page()
    {
        await using var app = await WebApp.StartAsync("Development");

        using var crash = await app.Client.GetAsync("/blazor/crash");
        using var missing = await app.Client.GetAsync("/blazor/products/3");

        Assert.That(crash.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await crash.Content.ReadAsStringAsync(), Does.Contain("The page crashed.").And.Not.Contain("component-server-error"));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("id=\"component-not-found\""));
    }
}
