namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<CatchAllHandlerAnalyzer, PassHttpExceptionsThroughFix>;

public sealed class PassHttpExceptionsThroughFixTests
{
    [Test]
    public Task Inserts_the_pass_through_in_a_block_body() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler([|typeof(Exception)|])]
            internal static IResult Everything(Exception e)
            {
                return Results.Problem();
            }
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(typeof(Exception))]
            internal static IResult Everything(Exception e)
            {
                if (e is HttpException http) return http;
                return Results.Problem();
            }
        }
        """);

    [Test]
    public Task Turns_an_expression_body_into_a_block() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [[|ErrorHandler|]]
            internal static async Task<IResult> Everything(Exception error, int http)
                => await Task.FromResult(Results.Problem());
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler]
            internal static async Task<IResult> Everything(Exception error, int http)
            {
                if (error is HttpException httpException) return httpException;
                return await Task.FromResult(Results.Problem());
            }
        }
        """);

    [Test]
    public Task No_fix_for_a_handler_that_returns_a_string() => Verify.VerifyNoFixAsync("""
        static class Errors
        {
            [ErrorHandler([|typeof(Exception)|])]
            internal static string Everything(Exception e) => "oops";
        }
        """);

    [Test]
    public Task Fix_all() => Verify.VerifyFixAllAsync(
        [Handler("A"), Handler("B")],
        [Fixed("A"), Fixed("B")]);

    private static string Handler(string name) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler([|typeof(Exception)|])]
            internal static IResult Everything(Exception e) => Results.Problem();
        }
        """;

    private static string Fixed(string name) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler(typeof(Exception))]
            internal static IResult Everything(Exception e)
            {
                if (e is HttpException http) return http;
                return Results.Problem();
            }
        }
        """;
}
