namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<AbortWithUnknownCodeAnalyzer>;

public sealed class EH0014Tests
{
    [Test]
    public Task Abort_with_codes_that_have_no_class() => Verify.VerifyAsync("""
        static class Routes
        {
            static void Map(WebApplication app)
            {
                app.MapGet("/a", () => Abort.With([|402|]));
                app.MapGet("/b", () => Abort.Result([|507|], "full"));
                app.MapGet("/c", () => Abort.Result(description: "x", statusCode: [|200|]));
            }
        }
        """);

    [Test]
    public Task Built_in_codes_and_computed_codes_are_fine() => Verify.VerifyAsync("""
        static class Routes
        {
            static void Map(WebApplication app, int code)
            {
                app.MapGet("/a", () => Abort.With(404));
                app.MapGet("/b", () => Abort.Result(StatusCodes.Status410Gone));
                app.MapGet("/c", () => Abort.Result(code));
                app.MapGet("/d", () => Abort.Result(new InvalidOperationException()));
            }
        }
        """);
}
