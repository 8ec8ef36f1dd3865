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
        }
        """);

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
