namespace ErrorHandlers.Site.Models;

/// <summary>What an error view shows: the error, and the page the visitor asked for.</summary>
public sealed record ErrorPage(HttpException Error, string Path);
