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

    [Test]
    public Task Fix_all() => Verify.VerifyFixAllAsync(
        [Handlers("A", "GoneException", "NotFoundException", "[|e|]"), Handlers("B", "GoneException", "NotFoundException", "[|e|]")],
        [
            Handlers("A", "NotFoundException", "GoneException"),
            Handlers("B", "NotFoundException", "GoneException"),
        ]);

    private static string Handlers(string name, string first, string second, string parameter = "e") => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler(404)]
            internal static IResult NotFound({{first}} {{parameter}}) => Results.NotFound();

            [ErrorHandler(410)]
            internal static IResult Gone({{second}} {{parameter}}) => Results.NotFound();
        }
        """;
}
