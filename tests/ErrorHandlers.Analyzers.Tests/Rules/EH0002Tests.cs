namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<CatchAllHandlerAnalyzer>;

public sealed class EH0002Tests
{
    [Test]
    public Task A_catch_all_that_answers_every_HTTP_error() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler([|typeof(Exception)|])]
            static IResult Everything(Exception e) => Results.Problem();

            [[|ErrorHandler|]]
            static IResult Inferred(Exception e) => Results.Problem();
        }
        """);

    [Test]
    public Task A_catch_all_that_passes_HTTP_errors_through_or_tests_for_them() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(typeof(Exception))]
            static IResult PassesThrough(Exception e)
            {
                if (e is HttpException http)
                {
                    return http;
                }

                return Results.Problem();
            }

            [ErrorHandler(typeof(Exception))]
            static IResult Switches(Exception e, HttpRequest request) => e switch
            {
                NotFoundException notFound => notFound,
                _ => Results.Problem(),
            };
        }

        [ErrorHandlerScope("api")]
        static class NotCatchAll
        {
            [ErrorHandler(typeof(InvalidOperationException))]
            static IResult Specific(InvalidOperationException e) => Results.Problem();
        }
        """);
}
