namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<HandlerNotCallableAnalyzer>;

public sealed class EH0007Tests
{
    [Test]
    public Task Handlers_generated_code_cannot_call() => Verify.VerifyAsync("""
        class Errors
        {
            [ErrorHandler(404)]
            internal IResult [|Instance|](NotFoundException e) => Results.NotFound();

            [ErrorHandler(404)]
            private static IResult [|Private|](NotFoundException e) => Results.NotFound();

            [ErrorHandler(404)]
            internal static IResult [|Generic|]<T>(NotFoundException e) => Results.NotFound();

            private static class Hidden
            {
                [ErrorHandler(404)]
                internal static IResult [|Inside|](NotFoundException e) => Results.NotFound();
            }
        }

        class Box<T>
        {
            [ErrorHandler(404)]
            internal static IResult [|InGeneric|](NotFoundException e) => Results.NotFound();
        }
        """);

    [Test]
    public Task Static_internal_or_public_handlers_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();

            internal static class Nested
            {
                [ErrorHandler(410)]
                public static IResult Gone(GoneException e) => Results.NotFound();
            }

            private static IResult NotAHandler() => Results.Ok();
        }
        """);
}
