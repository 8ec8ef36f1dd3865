namespace ErrorHandlers.Web.Tests.Apps;

/// <summary>The model the test application's error views show.</summary>
public sealed record ErrorModel(string Description, string Path);

/// <summary>A body that MVC's formatters write as JSON or XML, as the request's <c>Accept</c> asks.</summary>
public sealed class ConflictBody
{
    public string Error { get; set; } = "";

    public string Detail { get; set; } = "";
}
