using System.Text.Json.Serialization;
using ErrorHandlers;
using Microsoft.AspNetCore.Diagnostics;

// The server behind tests/ErrorHandlers.Benchmarks/load.sh. The first argument picks the pipeline:
//   errorhandlers  UseErrorHandlers, with a JSON 404 handler
//   builtin        ASP.NET Core's UseExceptionHandler + an IExceptionHandler + UseStatusCodePages, same JSON
//   plain          no error handling at all: the references (/direct, /ok)
// Every pipeline answers /_allocated with the bytes the process has allocated, so the script can divide by requests.
var mode = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "errorhandlers";
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, LoadJsonContext.Default));
switch (mode)
{
    case "errorhandlers":
        builder.Services.AddErrorHandlers(options => options.PropagateExceptions = false);
        break;
    case "builtin":
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<NotFoundJsonHandler>();
        break;
}

var app = builder.Build();
switch (mode)
{
    case "errorhandlers":
        app.UseErrorHandlers();
        break;
    case "builtin":
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => NotFoundJson.WriteAsync(context.HttpContext.Response));
        break;
}

app.MapGet("/_allocated", () => GC.GetTotalAllocatedBytes(precise: true));
app.MapGet("/ok", () => "ok");
app.MapGet("/direct", () => TypedResults.Json(NotFoundJson.Body, LoadJsonContext.Default.ErrorBody, statusCode: 404));
app.MapGet("/thrown", () => { throw new NotFoundException(); });
app.MapGet("/result", () => Abort.Result(404));
app.Run();

/// <summary>The one JSON error body every scenario sends.</summary>
internal sealed record ErrorBody(int Status, string Title);

[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(long))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;

internal static class NotFoundJson
{
    public static readonly ErrorBody Body = new(404, "Not Found");

    public static Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        return response.WriteAsJsonAsync(Body, LoadJsonContext.Default.ErrorBody);
    }
}

/// <summary>ErrorHandlers' answer: the JSON body with status 404, for thrown, returned and routing 404s alike.</summary>
internal static class Handlers
{
    [ErrorHandler(404)]
    internal static IResult NotFound(NotFoundException e) => TypedResults.Json(NotFoundJson.Body, LoadJsonContext.Default.ErrorBody, statusCode: e.StatusCode);
}

/// <summary>ASP.NET Core's model for the same answer.</summary>
internal sealed class NotFoundJsonHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not NotFoundException)
        {
            return false;
        }

        await NotFoundJson.WriteAsync(httpContext.Response);
        return true;
    }
}
