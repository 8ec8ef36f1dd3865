using ErrorHandlers.Dispatch;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers.Mvc;

/// <summary>
/// Fails at start-up, naming the handler and the call to add, when a handler answers with an MVC result in an
/// application without MVC's services: without the check, the first such error in production would go down the 500
/// path instead.
/// </summary>
internal static class MvcServicesCheck
{
    public static void Verify(DispatchTable table, IServiceProvider services)
    {
        if (table.MvcHandlers is not { Length: > 0 } handlers || services.GetService<IServiceProviderIsService>() is not { } registered)
        {
            return;
        }

        var hasMvc = registered.IsService(typeof(IActionResultExecutor<ObjectResult>));
        var hasViews = registered.IsService(typeof(IActionResultExecutor<ViewResult>));
        foreach (var handler in handlers)
        {
            if (handler.RendersView && !hasViews)
            {
                throw new InvalidOperationException(
                    $"The error handler {handler.Name} answers with a Razor view, which needs MVC's view services: call "
                    + "builder.Services.AddControllersWithViews() (or AddMvc(), or AddRazorPages()) at startup.");
            }

            if (!hasMvc)
            {
                throw new InvalidOperationException(
                    $"The error handler {handler.Name} answers with an MVC result (IActionResult), which needs MVC's services: call "
                    + "builder.Services.AddControllers() (or AddControllersWithViews(), for views) at startup.");
            }
        }
    }
}
