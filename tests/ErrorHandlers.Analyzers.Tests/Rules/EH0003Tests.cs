namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<FixedStatusForHttpExceptionAnalyzer>;

public sealed class EH0003Tests
{
    [Test]
    public Task An_HttpException_handler_with_a_fixed_status() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(typeof(HttpException))]
            static IResult Json(HttpException e) => Results.Json(new { e.Description }, statusCode: [|500|]);

            [ErrorHandlerScope("api")]
            static class Api
            {
                [ErrorHandler(typeof(HttpException))]
                static IResult Missing(HttpException e) => [|Results.NotFound()|];
            }
        }
        """);

    [Test]
    public Task Its_own_status_or_a_handler_for_one_code() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(typeof(HttpException))]
            static IResult Json(HttpException e) => Results.Json(new { e.Description }, statusCode: e.StatusCode);

            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e) => Results.Json(new { e.Description }, statusCode: 404);
        }
        """);
}
