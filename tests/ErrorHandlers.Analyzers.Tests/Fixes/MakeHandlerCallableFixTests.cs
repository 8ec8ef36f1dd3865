namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<HandlerNotCallableAnalyzer, MakeHandlerCallableFix>;

public sealed class MakeHandlerCallableFixTests
{
    [Test]
    public Task Makes_an_instance_handler_static() => Verify.VerifyFixAsync(
        """
        class Errors
        {
            [ErrorHandler(404)]
            internal IResult [|NotFound|](NotFoundException e) => Results.NotFound();
        }
        """,
        """
        class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();
        }
        """);

    [Test]
    public Task Makes_a_private_handler_internal() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(404)]
            private static IResult [|NotFound|](NotFoundException e) => Results.NotFound();
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();
        }
        """);

    [Test]
    public Task No_static_fix_for_a_handler_that_uses_its_instance() => Verify.VerifyNoFixAsync("""
        class Errors
        {
            private readonly string _page = "gone";

            [ErrorHandler(404)]
            internal IResult [|NotFound|](NotFoundException e) => Results.Text(_page, statusCode: 404);
        }
        """);

    [Test]
    public Task Fix_all() => Verify.VerifyFixAllAsync(
        [Handlers("A"), Handlers("B")],
        [Fixed("A"), Fixed("B")]);

    private static string Handlers(string name) => $$"""
        class Errors{{name}}
        {
            [ErrorHandler(404)]
            internal IResult [|NotFound|](NotFoundException e) => Results.NotFound();

            [ErrorHandler(410)]
            static IResult [|Gone|](GoneException e) => Results.NotFound();
        }
        """;

    private static string Fixed(string name) => $$"""
        class Errors{{name}}
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();

            [ErrorHandler(410)]
            internal static IResult Gone(GoneException e) => Results.NotFound();
        }
        """;
}
