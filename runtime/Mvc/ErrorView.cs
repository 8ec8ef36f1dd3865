namespace ErrorHandlers;

/// <summary>
/// Razor views as error pages, Flask's <c>render_template('404.html'), 404</c>: a handler returns
/// <c>ErrorView.Render(e, "NotFound", model)</c>, and the view renders in the site's layout with the error's status.
/// </summary>
/// <example>
/// <code>
/// [ErrorHandler(404)]
/// internal static ErrorViewResult PageNotFound(NotFoundException e) => ErrorView.Render(e, "NotFound");
/// </code>
/// </example>
public static class ErrorView
{
    /// <summary>The view <paramref name="viewName"/>, in the layout, with the status code of <paramref name="error"/>.</summary>
    /// <param name="error">The error being answered; its status code becomes the response's.</param>
    /// <param name="viewName">
    /// The view's name, looked up in the failed controller's folder and then in <c>Views/Shared</c>, or its path.
    /// </param>
    /// <param name="model">The view's <c>Model</c>, such as the error itself.</param>
    public static ErrorViewResult Render(HttpException error, string viewName, object? model = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ErrorViewResult(viewName, error.StatusCode, model);
    }

    /// <summary>The partial view <paramref name="viewName"/>, without the layout, with the status code of <paramref name="error"/>.</summary>
    /// <param name="error">The error being answered; its status code becomes the response's.</param>
    /// <param name="viewName">The partial view's name or path.</param>
    /// <param name="model">The view's <c>Model</c>.</param>
    public static ErrorViewResult RenderPartial(HttpException error, string viewName, object? model = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ErrorViewResult(viewName, error.StatusCode, model, isPartial: true);
    }
}
