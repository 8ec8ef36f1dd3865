using Microsoft.CodeAnalysis.CodeFixes;

namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<ExceptionParameterAnalyzer, ChangeExceptionParameterTypeFix>;

public sealed class ChangeExceptionParameterTypeFixTests
{
    [Test]
    public Task A_500_handler_receives_InternalServerErrorException() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(500)]
            internal static IResult ServerError(InvalidOperationException [|e|]) => Results.Problem();
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(500)]
            internal static IResult ServerError(InternalServerErrorException e) => Results.Problem();
        }
        """);

    [Test]
    public Task No_fix_when_the_keys_need_different_types() => Verify.VerifyNoFixAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            [ErrorHandler(410)]
            internal static IResult Missing(ConflictException [|e|]) => Results.NotFound();
        }
        """);

    [TestCase(FixAllScope.Document)]
    [TestCase(FixAllScope.Project)]
    [TestCase(FixAllScope.Solution)]
    public Task Fix_all(FixAllScope scope) => Verify.VerifyFixAllAsync(
        scope,
        [Handlers("A", "GoneException", "NotFoundException"), Handlers("B", "GoneException", "NotFoundException")],
        [
            Handlers("A", "NotFoundException", "GoneException"),
            scope == FixAllScope.Solution ? Handlers("B", "NotFoundException", "GoneException") : Handlers("B", "GoneException", "NotFoundException"),
        ]);

    private static string Handlers(string name, string first, string second) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler(404)]
            internal static IResult NotFound({{first}} e) => Results.NotFound();

            [ErrorHandler(410)]
            internal static IResult Gone({{second}} e) => Results.NotFound();
        }
        """;
}
