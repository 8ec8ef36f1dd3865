using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Site.Controllers;

/// <summary>The site's pages.</summary>
public sealed class HomeController : Controller
{
    private static readonly string[] Cheeses = ["brie", "comte", "gouda"];

    [HttpGet("/", Name = "index")]
    public IActionResult Index() => View(Cheeses);

    [HttpGet("/cheese/{name}")]
    public IActionResult Cheese(string name) => Cheeses.Contains(name) ? View(model: name) : NotFound();

    [HttpGet("/cellar")]
    public IActionResult Cellar() => throw new ForbiddenException();

    [HttpGet("/cheese/stilton")]
    public IActionResult Stilton() => throw new GoneException("Stilton was discontinued in 2019.");

    [HttpGet("/counter")]
    public IActionResult Counter() => throw new InvalidOperationException("The till is jammed.");
}
