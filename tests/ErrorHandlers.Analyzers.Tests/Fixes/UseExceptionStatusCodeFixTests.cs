using Microsoft.CodeAnalysis.CodeFixes;

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

    [TestCase(FixAllScope.Document)]
    [TestCase(FixAllScope.Project)]
    [TestCase(FixAllScope.Solution)]
    public Task Fix_all(FixAllScope scope) => Verify.VerifyFixAllAsync(
        scope,
        [Handler("A", "500", "400"), Handler("B", "503", "503")],
        [Handler("A", "e.StatusCode", "e.StatusCode"), scope == FixAllScope.Solution ? Handler("B", "e.StatusCode", "e.StatusCode") : Handler("B", "503", "503")]);

    private static string Handler(string name, string first, string second) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler(typeof(HttpException))]
            internal static IResult Json(HttpException e, bool text) => text ? Results.Text(e.Name, statusCode: {{first}}) : Results.Json(e.Name, statusCode: {{second}});
        }
        """;
}
