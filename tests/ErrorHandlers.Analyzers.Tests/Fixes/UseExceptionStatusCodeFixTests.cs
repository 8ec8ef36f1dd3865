namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<FixedStatusForHttpExceptionAnalyzer, UseExceptionStatusCodeFix>;

public sealed class UseExceptionStatusCodeFixTests
{
    [Test]
    public Task Uses_the_exceptions_status() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(typeof(HttpException))]
            internal static IResult Json(HttpException error) => Results.Json(new { error.Name }, statusCode: [|500|]);
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(typeof(HttpException))]
            internal static IResult Json(HttpException error) => Results.Json(new { error.Name }, statusCode: error.StatusCode);
        }
        """);

    [Test]
    public Task No_fix_for_a_helper_whose_status_is_its_name() => Verify.VerifyNoFixAsync("""
        static class Errors
        {
            [ErrorHandler(typeof(HttpException))]
            internal static IResult Missing(HttpException e) => [|Results.NotFound()|];
        }
        """);

    [Test]
    public Task Fix_all() => Verify.VerifyFixAllAsync(
        [Handler("A", "[|500|]", "[|400|]"), Handler("B", "[|503|]", "[|503|]")],
        [Handler("A", "e.StatusCode", "e.StatusCode"), Handler("B", "e.StatusCode", "e.StatusCode")]);

    private static string Handler(string name, string first, string second) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler(typeof(HttpException))]
            internal static IResult Json(HttpException e, bool text) => text ? Results.Text(e.Name, statusCode: {{first}}) : Results.Json(e.Name, statusCode: {{second}});
        }
        """;
}
