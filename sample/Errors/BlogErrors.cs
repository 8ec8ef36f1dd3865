namespace ErrorHandlers.Sample.Errors;

/// <summary>The blog route group has a 500 page of its own; everything else falls through to the application.</summary>
[ErrorHandlerScope("blog")]
internal static class BlogErrors
{
    [ErrorHandler(500)]
    internal static IResult InternalServerError(InternalServerErrorException e) =>
        Pages.Html(e.StatusCode, "The blog is resting", "<p>The blog is having trouble; the rest of the site works.</p>");
}
