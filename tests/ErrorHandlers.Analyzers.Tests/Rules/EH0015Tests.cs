using System.Globalization;

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
    public async Task The_message_names_what_raised_the_error()
    {
        var compilation = TestCompilation.Create("Tests", TestCompilation.WebUsings, """
            static class Errors
            {
                [ErrorHandler(404)] static IResult Throws(NotFoundException e) => throw new InvalidOperationException();
                [ErrorHandler(409)] static IResult Aborts(ConflictException e) { Abort.With(400); return e; }
                [ErrorHandler(410)] static IResult Dispatches(GoneException e) => Abort.Result(410);
            }
            """);

        var messages = (await AnalyzerRunner.RunAsync(compilation, new ThrowInHandlerAnalyzer())).Select(d => d.GetMessage(CultureInfo.InvariantCulture));

        Assert.That(messages, Is.EquivalentTo(new[]
        {
            "A throw inside an error handler reaches no other handler: the request gets a 500",
            "Abort.With inside an error handler reaches no other handler: the request gets a 500",
            "Abort.Result inside an error handler reaches no other handler: the request gets a 500",
        }));
    }

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
