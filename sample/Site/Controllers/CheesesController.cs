using ErrorHandlers.Site.Models;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Site.Controllers;

/// <summary>The shop's JSON API: its client errors and validation errors go through the api scope's JSON handlers.</summary>
[ApiController]
[Route("api/cheeses")]
[ErrorHandlerScope("api")]
public sealed class CheesesController : ControllerBase
{
    private static readonly Dictionary<string, Cheese> Stock = new(StringComparer.Ordinal)
    {
        ["brie"] = new Cheese { Name = "brie", AgeInMonths = 2 },
    };

    [HttpGet("{name}")]
    public ActionResult<Cheese> Get(string name) => Stock.TryGetValue(name, out var cheese) ? cheese : NotFound();

    [HttpPost]
    public IActionResult Add(Cheese cheese) => Stock.TryAdd(cheese.Name!, cheese) ? Created($"/api/cheeses/{cheese.Name}", cheese) : Conflict();
}
