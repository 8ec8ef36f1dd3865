using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace ErrorHandlers;

/// <summary>
/// A Razor view as an error page, with the error's status code and a model: what <see cref="ErrorView.Render"/> and
/// <see cref="ErrorView.RenderPartial"/> return from a handler. It runs MVC's <see cref="ViewResult"/> (or
/// <see cref="PartialViewResult"/>), so <c>_ViewStart.cshtml</c> and the layout apply to a view and not to a partial.
/// </summary>
public sealed class ErrorViewResult : IActionResult, IStatusCodeActionResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="viewName">The view's name (<c>NotFound</c>) or path (<c>~/Views/Errors/NotFound.cshtml</c>).</param>
    /// <param name="statusCode">The response's status code.</param>
    /// <param name="model">The view's <c>Model</c>; null for none.</param>
    /// <param name="isPartial">Render as a partial view, without <c>_ViewStart.cshtml</c> and the layout.</param>
    public ErrorViewResult(string viewName, int statusCode, object? model = null, bool isPartial = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(viewName);
        ViewName = viewName;
        StatusCode = statusCode;
        Model = model;
        IsPartial = isPartial;
    }

    /// <summary>The view's name or path.</summary>
    public string ViewName { get; }

    /// <summary>The response's status code.</summary>
    public int StatusCode { get; }

    /// <summary>The view's model.</summary>
    public object? Model { get; }

    /// <summary>Whether the view renders as a partial view, without the layout.</summary>
    public bool IsPartial { get; }

    int? IStatusCodeActionResult.StatusCode => StatusCode;

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewData = new ViewDataDictionary(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
        {
            Model = Model,
        };
        IActionResult view = IsPartial
            ? new PartialViewResult { ViewName = ViewName, StatusCode = StatusCode, ViewData = viewData }
            : new ViewResult { ViewName = ViewName, StatusCode = StatusCode, ViewData = viewData };
        return view.ExecuteResultAsync(context);
    }
}
