using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Mvc;

namespace ErrorHandlers.Mvc;

/// <summary>An MVC result that answers <paramref name="error"/> as if the action had thrown it.</summary>
internal sealed class DispatchedError(ErrorDispatcher dispatcher, HttpException error) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => dispatcher.DispatchAsync(context.HttpContext, error);
}
