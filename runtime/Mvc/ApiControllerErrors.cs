using System.Reflection;
using ErrorHandlers.Pipeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace ErrorHandlers.Mvc;

/// <summary>
/// Gives every <c>[ApiController]</c> action the <see cref="ClientErrorFilter"/>, decided once at start-up with the rule
/// MVC's own <c>ApiBehaviorApplicationModelProvider</c> uses for its client-error filter: an
/// <see cref="IApiBehaviorMetadata"/> on the controller or its assembly, and
/// <see cref="ApiBehaviorOptions.SuppressMapClientErrors"/>. Controllers without it keep MVC's behaviour, whose empty
/// client errors already reach the handlers as empty error responses (docs/mvc.md).
/// </summary>
internal sealed class ApiControllerErrors(IOptions<ApiBehaviorOptions> apiBehavior, ErrorDispatcher dispatcher) : IApplicationModelProvider
{
    /// <summary>After MVC's <c>ApiBehaviorApplicationModelProvider</c> (-900), which adds the filter ours runs ahead of.</summary>
    public int Order => -899;

    public void OnProvidersExecuting(ApplicationModelProviderContext context)
    {
        var filter = new ClientErrorFilter(dispatcher, mappedByMvc: !apiBehavior.Value.SuppressMapClientErrors);
        foreach (var controller in context.Result.Controllers)
        {
            if (!IsApiController(controller))
            {
                continue;
            }

            foreach (var action in controller.Actions)
            {
                action.Filters.Add(filter);
            }
        }
    }

    public void OnProvidersExecuted(ApplicationModelProviderContext context)
    {
    }

    private static bool IsApiController(ControllerModel controller) =>
        controller.Attributes.OfType<IApiBehaviorMetadata>().Any()
        || controller.ControllerType.Assembly.GetCustomAttributes().OfType<IApiBehaviorMetadata>().Any();
}
