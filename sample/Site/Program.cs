using ErrorHandlers;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllersWithViews();
builder.Services.AddErrorHandlers();

var app = builder.Build();
app.UseErrorHandlers();
app.UseStaticFiles();
app.MapControllers();

// The API's unknown URLs get the api scope's JSON 404 too, not the site's page.
app.MapGroup("/api").WithErrorHandlerScope("api", claimUnmatchedRoutes: true);
app.Run();

/// <summary>The site, for the tests that host it.</summary>
public partial class Program;
