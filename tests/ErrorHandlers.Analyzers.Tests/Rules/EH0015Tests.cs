namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<ThrowInHandlerAnalyzer>;

public sealed class EH0015Tests
{
    [Test]
    public Task Throws_and_aborts_inside_handlers() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static IResult Statement(NotFoundException e)
            {
                if (e.Description.Length == 0)
                {
                    [|throw new InvalidOperationException();|]
                }

                return Results.NotFound();
            }

            [ErrorHandler(410)]
            static IResult Expression(GoneException e, string? name) => Results.Text(name ?? [|throw new ArgumentException()|], statusCode: 410);

            [ErrorHandler(409)]
            static IResult Aborts(ConflictException e)
            {
                [|Abort.With(400)|];
                return Results.Conflict();
            }

            [ErrorHandler(404)]
            static IResult ReturnsAbortResult(NotFoundException e, bool again) => again ? [|Abort.Result(404, "again")|] : Results.NotFound();

            [ErrorHandler(403)]
            static async Task<IResult> WrapsAbortResult(ForbiddenException e)
            {
                var inner = [|Abort.Result(new InvalidOperationException())|];
                await Task.Yield();
                return Results.Extensions.Wrapping(inner);
            }
        }

        static class WrappingResults
        {
            public static IResult Wrapping(this IResultExtensions extensions, IResult inner) => inner;
        }
        """);

    [Test]
    public Task The_message_names_what_raised_the_error() => Verify.VerifyAsync(
        """
        static class Errors
        {
            [ErrorHandler(404)] static IResult Throws(NotFoundException e) => {|#0:throw new InvalidOperationException()|};
            [ErrorHandler(409)] static IResult Aborts(ConflictException e) { {|#1:Abort.With(400)|}; return e; }
            [ErrorHandler(410)] static IResult Dispatches(GoneException e) => {|#2:Abort.Result(410)|};
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("A throw"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Abort.With"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Abort.Result"),
        ]);

    [Test]
    public Task Throws_outside_handlers_or_in_lambdas_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e)
            {
                Action later = () => throw new InvalidOperationException();
                return Results.NotFound();
            }

            static IResult NotAHandler() => throw new InvalidOperationException();
        }
        """);
}
