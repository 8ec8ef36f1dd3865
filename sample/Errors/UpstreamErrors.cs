namespace ErrorHandlers.Sample.Errors;

/// <summary>A hierarchy of handlers: the most specific registered type wins, as Python's ConnectionError family.</summary>
internal static class UpstreamErrors
{
    [ErrorHandler]
    internal static IResult Refused(UpstreamRefusedException e) =>
        Pages.Html(StatusCodes.Status503ServiceUnavailable, "Try again soon", $"<p>The {Pages.Encode(e.Service)} service is restarting.</p>");

    [ErrorHandler]
    internal static IResult Failed(UpstreamConnectionException e) =>
        Pages.Html(StatusCodes.Status502BadGateway, "Upstream failure", $"<p>The {Pages.Encode(e.Service)} service failed.</p>");
}
