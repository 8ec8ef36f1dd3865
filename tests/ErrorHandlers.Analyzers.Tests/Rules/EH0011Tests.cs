namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<NoConstantStatusCodeAnalyzer>;

public sealed class EH0011Tests
{
    [Test]
    public Task Keys_whose_status_code_is_not_a_constant() => Verify.VerifyAsync("""
        class AnyCodeException(int code) : HttpException(code);

        class DisagreeingException : HttpException
        {
            public DisagreeingException() : base(507) { }
            public DisagreeingException(string description) : base(508, description) { }
        }

        static class Errors
        {
            [ErrorHandler([|typeof(AnyCodeException)|])]
            static IResult Any(AnyCodeException e) => Results.StatusCode(e.StatusCode);

            [[|ErrorHandler|]]
            static IResult Disagreeing(DisagreeingException e) => Results.StatusCode(e.StatusCode);
        }
        """);

    [Test]
    public Task Constant_codes_and_HttpException_itself_are_fine() => Verify.VerifyAsync("""
        class InsufficientStorageException() : HttpException(507);
        class LoopException : HttpException
        {
            public LoopException(int code) : base(code) { }
            public override int StatusCode => 508;
        }

        static class Errors
        {
            [ErrorHandler] static IResult Storage(InsufficientStorageException e) => Results.StatusCode(e.StatusCode);
            [ErrorHandler] static IResult Loop(LoopException e) => Results.StatusCode(e.StatusCode);
            [ErrorHandler(typeof(HttpException))] static IResult Any(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """);

    [Test]
    public async Task A_class_from_another_assembly_is_looked_up_by_its_instances_code()
    {
        var contracts = TestCompilation.Create("Contracts", TestCompilation.WebUsings, "namespace Contracts; public class AnyCodeException(int code) : HttpException(code);");
        var application = TestCompilation.Create("Web", [TestCompilation.Reference(contracts)], TestCompilation.WebUsings, """
            static class Errors
            {
                [ErrorHandler] internal static IResult Any(Contracts.AnyCodeException e) => Results.StatusCode(e.StatusCode);
            }
            """);

        Assert.That(await AnalyzerRunner.RunAsync(application, new NoConstantStatusCodeAnalyzer()), Is.Empty);
    }
}
