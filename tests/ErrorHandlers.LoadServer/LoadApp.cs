using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using ErrorHandlers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

/// <summary>
/// The pipelines the load scenarios run, one per name:
///   errorhandlers  UseErrorHandlers, with a JSON 404 handler
///   builtin        ASP.NET Core's UseExceptionHandler + an IExceptionHandler + UseStatusCodePages, same JSON
///   plain          no error handling at all: the references (/direct, /ok)
/// Every pipeline answers /_allocated with the bytes the process has allocated, so the script can divide by requests.
/// With "+auth" after the pipeline's name it also has authentication and authorization, so that /private answers 401:
/// ASP.NET Core's bare challenge in plain, the same JSON written by the scheme's challenge in builtin (ASP.NET Core's way
/// to a JSON 401), a JSON 401 handler in errorhandlers. (Authentication runs on every request and allocates, so the
/// other scenarios run without it.) With "+mvc" it also serves an [ApiController] whose NotFound() MVC answers with its
/// ProblemDetails (plain, builtin) or ErrorHandlers sends to the 404 handler.
/// </summary>
public static class LoadApp
{
    /// <summary>Builds the pipeline <paramref name="args"/> names; <paramref name="server"/> replaces Kestrel (the in-process benchmarks).</summary>
    public static WebApplication Create(string[] args, IServer? server = null)
    {
        var arguments = (args.FirstOrDefault(a => !a.StartsWith('-')) ?? "errorhandlers").Split('+');
        var mode = arguments[0];
        // The handlers are this assembly's, whichever process runs the pipeline.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(LoadApp).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        if (server is not null)
        {
            builder.Services.AddSingleton(server);
        }

        if (arguments.Contains("auth"))
        {
            builder.Services.AddAuthentication(Anonymous.SchemeName)
                .AddScheme<AnonymousOptions, Anonymous>(Anonymous.SchemeName, options => options.WritesJsonChallenge = mode == "builtin");
            builder.Services.AddAuthorization();
        }

        if (arguments.Contains("mvc"))
        {
            builder.Services.AddControllers().AddApplicationPart(typeof(ItemsController).Assembly);
        }

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
        app.MapGet("/empty", () => TypedResults.NotFound());
        if (arguments.Contains("auth"))
        {
            app.MapGet("/private", () => "secret").RequireAuthorization();
        }

        if (arguments.Contains("mvc"))
        {
            app.MapControllers();
        }

        return app;
    }
}

/// <summary>An [ApiController] action's client error without a value, which MVC or ErrorHandlers answers.</summary>
[Microsoft.AspNetCore.Mvc.ApiController]
[Microsoft.AspNetCore.Mvc.Route("api")]
public sealed class ItemsController : Microsoft.AspNetCore.Mvc.ControllerBase
{
    [Microsoft.AspNetCore.Mvc.HttpGet("missing")]
    public Microsoft.AspNetCore.Mvc.IActionResult Missing() => NotFound();
}

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

    [ErrorHandler(401)]
    internal static IResult Unauthorized(UnauthorizedException e) => TypedResults.Json(UnauthorizedBody, LoadJsonContext.Default.ErrorBody, statusCode: e.StatusCode);

    internal static readonly ErrorBody UnauthorizedBody = new(401, "Unauthorized");
}

/// <summary>
/// Nobody is signed in: every request to an endpoint that requires authorization is challenged. In the builtin pipeline
/// the challenge writes the JSON body itself, as an application without ErrorHandlers would (JwtBearer's OnChallenge).
/// </summary>
internal sealed class Anonymous(IOptionsMonitor<AnonymousOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AnonymousOptions>(options, logger, encoder)
{
    public const string SchemeName = "Anonymous";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Options.WritesJsonChallenge ? Response.WriteAsJsonAsync(Handlers.UnauthorizedBody, LoadJsonContext.Default.ErrorBody) : Task.CompletedTask;
    }
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

/// <summary>Whether the challenge writes the JSON body itself (the builtin pipeline).</summary>
internal sealed class AnonymousOptions : AuthenticationSchemeOptions
{
    public bool WritesJsonChallenge { get; set; }
}
