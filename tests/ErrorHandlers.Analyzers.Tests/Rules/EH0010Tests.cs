namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<ScopedRoutingHandlerAnalyzer>;

public sealed class EH0010Tests
{
    [Test]
    public Task Scoped_404_and_405_handlers() => Verify.VerifyAsync("""
        class OldPageException : NotFoundException { }

        [ErrorHandlerScope("blog")]
        static class Blog
        {
            [ErrorHandler([|404|])]
            static IResult NotFound(NotFoundException e) => Results.NotFound();

            [ErrorHandler([|typeof(MethodNotAllowedException)|])]
            static IResult Method(MethodNotAllowedException e) => Results.StatusCode(405);

            [ErrorHandler([|typeof(OldPageException)|])]
            static IResult Old(OldPageException e) => Results.NotFound();
        }
        """);

    [Test]
    public Task Application_level_404s_and_other_scoped_codes_are_fine() => Verify.VerifyAsync("""
        static class App
        {
            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e) => Results.NotFound();
        }

        [ErrorHandlerScope("blog")]
        static class Blog
        {
            [ErrorHandler(410)]
            static IResult Gone(GoneException e) => Results.StatusCode(410);

            [ErrorHandler(typeof(HttpException))]
            static IResult Any(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """);

    [Test]
    public Task A_scope_whose_route_group_claims_the_unmatched_routes_is_fine() => Verify.VerifyAsync("""
        [ErrorHandlerScope("api")]
        static class Api
        {
            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e) => Results.NotFound();

            [ErrorHandler(405)]
            static IResult Method(MethodNotAllowedException e) => Results.StatusCode(405);
        }

        [ErrorHandlerScope("admin")]
        static class Admin
        {
            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e) => Results.NotFound();
        }

        static class Routes
        {
            static void Map(WebApplication app, bool claim)
            {
                app.MapGroup("/api").WithErrorHandlerScope("api", claimUnmatchedRoutes: true);
                app.MapGroup("/admin").WithErrorHandlerScope("admin", claim);
            }
        }
        """);

    [Test]
    public Task A_group_that_does_not_claim_still_warns() => Verify.VerifyAsync("""
        [ErrorHandlerScope("api")]
        static class Api
        {
            [ErrorHandler([|404|])]
            static IResult NotFound(NotFoundException e) => Results.NotFound();
        }

        static class Routes
        {
            static void Map(WebApplication app)
            {
                app.MapGroup("/api").WithErrorHandlerScope("api", claimUnmatchedRoutes: false);
                app.MapGroup("/v1").WithErrorHandlerScope("api");
            }
        }
        """);
}
