using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Web.Tests.Apps;

/// <summary>A controller with a view folder of its own, where its 404 view is found first.</summary>
public sealed class OrdersController : Controller
{
    [HttpGet("/orders/{id:int}")]
    public IActionResult Order(int id) => throw new NotFoundException($"Order {id} does not exist.");

    [HttpGet("/orders/gone")]
    public IActionResult Gone() => throw new GoneException("That order was archived.");

    [HttpGet("/orders/secret")]
    public IActionResult Secret() => throw new ForbiddenException();

    [HttpGet("/orders/conflict")]
    public IActionResult Clash() => throw new ConflictException("The order changed meanwhile.");

    [HttpGet("/orders/unprocessable")]
    public IActionResult Unprocessable() => throw new UnprocessableEntityException();

    [HttpGet("/orders/teapot")]
    public IActionResult Teapot() => throw new ImATeapotException();

    [HttpGet("/orders/busy")]
    public IActionResult Busy() => throw new TooManyRequestsException();

    [HttpGet("/orders/crash")]
    public IActionResult Crash() => throw new InvalidOperationException("The order book is corrupt.");
}

/// <summary>A controller without a view folder: its 404 view comes from Views/Shared.</summary>
public sealed class ProductsController : Controller
{
    [HttpGet("/products/{id:int}")]
    public IActionResult Product(int id) => NotFound();
}

/// <summary>A controller whose scope's 404 view throws.</summary>
[ErrorHandlerScope("broken")]
public sealed class BrokenController : Controller
{
    [HttpGet("/broken/missing")]
    public IActionResult Missing() => NotFound();
}

/// <summary>A controller whose scope's 404 and 500 views throw.</summary>
[ErrorHandlerScope("worse")]
public sealed class WorseController : Controller
{
    [HttpGet("/worse/missing")]
    public IActionResult Missing() => NotFound();
}
