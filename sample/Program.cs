using ErrorHandlers;
using ErrorHandlers.Sample;
using ErrorHandlers.Sample.Access;
using Microsoft.AspNetCore.Authentication;
using ErrorHandlers.Sample.Model;

// The slim builder of Native AOT applications: the sample publishes as one (dotnet publish -r linux-x64).
var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.AddErrorHandlers();
builder.Services.AddAuthentication(ApiKeyAuthentication.SchemeName).AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
builder.Services.AddAuthorization();
builder.Services.AddRateLimiter(limiter =>
{
    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    limiter.AddPolicy(ExportQuota.Policy, ExportQuota.For);
});
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, SampleJsonContext.Default));

// The OpenAPI document at /openapi/v1.json lists each endpoint's error responses, as its scope's handlers write them.
builder.Services.AddOpenApi();
builder.Services.AddOpenApiErrorResponses();

var app = builder.Build();
app.UseErrorHandlers();
app.UseRateLimiter();

app.MapOpenApi();
app.MapGet("/", () => Pages.Index());

// Flask docs, "Returning API Errors as JSON" starts here: abort(400) and abort(404) from a view.
app.MapGet("/profile", (string? username) =>
{
    if (username is null)
    {
        Abort.With(400);
    }

    var user = Users.Find(username) ?? throw new NotFoundException();
    return Pages.Html(StatusCodes.Status200OK, $"{user.Name}'s profile", $"<p>{Pages.Encode(user.Name)} joined in {user.Joined}.</p>");
}).ProducesError(400, 404);

// Flask docs' get_one_cheese: abort(404, description="Resource not found"), answered as JSON.
app.MapGet("/cheese", () => Abort.With(404, "Resource not found")).WithErrorHandlerScope("cheese").ProducesError(404);

app.MapGet("/items/{id:int}", (int id) => id switch
{
    1 => Results.Text("Item 1: a teapot"),
    2 => Abort.Result(403),
    _ => Abort.Result(410),
}).ProducesError(403, 410);

app.MapPost("/storage", () => { throw new InsufficientStorageException(); });

app.MapGet("/upstream/{failure}", (string failure) =>
{
    throw failure switch
    {
        "refused" => new UpstreamRefusedException("inventory"),
        "reset" => new UpstreamResetException("inventory"),
        _ => new UpstreamConnectionException("inventory", "the upstream answered nonsense"),
    };
});

app.MapGet("/crash", () => { throw new InvalidOperationException("The database is on fire"); });

// Handlers that fail (Errors/FailingHandlers.cs): the 500 path answers, as for abort() inside a Flask handler.
app.MapGet("/coupons/{code}", (string code) =>
{
    throw code == "SPRING" ? new CouponExpiredException(code) : new CouponUnknownException(code);
});

// The api scope also answers routing's 404 and 405 under /api (beyond Flask, whose blueprints never see them).
var api = app.MapGroup("/api").WithErrorHandlerScope("api", claimUnmatchedRoutes: true);
api.MapGet("/user", (string? user_id) =>
{
    if (string.IsNullOrEmpty(user_id))
    {
        throw new InvalidApiUsageException("No user id provided!");
    }

    var user = Users.Find(user_id) ?? throw new InvalidApiUsageException("No such user!", StatusCodes.Status404NotFound);
    return TypedResults.Ok(user);
});
api.MapGet("/teapot", () => Abort.With(418)).ProducesError(418);
api.MapGet("/slow", () => Abort.Result(new ServiceUnavailableException(retryAfter: 120))).ProducesError(503);

// Flask-Login's abort(401) and Flask-Limiter's 429: ASP.NET Core's authorization and rate limiter answer with an
// empty status, and the api scope's handler turns each into JSON (Access/ApiKeyAuthentication.cs, Access/ExportQuota.cs).
api.MapGet("/export", (HttpContext context) => Results.Text($"id,name\n1,{context.User.Identity?.Name}\n", "text/csv"))
    .RequireAuthorization()
    .RequireRateLimiting(ExportQuota.Policy);

var blog = app.MapGroup("/blog").WithErrorHandlerScope("blog");
blog.MapGet("/posts/{id:int}", (int id) => id == 1 ? Results.Text("Hello, world!") : throw new NotFoundException()).ProducesError(404);
blog.MapGet("/crash", () => { throw new InvalidOperationException("The blog database is on fire"); });

app.Run();

/// <summary>The entry point, public so that tests can start the sample with WebApplicationFactory.</summary>
public partial class Program;
