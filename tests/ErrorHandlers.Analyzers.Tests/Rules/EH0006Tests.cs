namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<InvalidKeyAnalyzer>;

public sealed class EH0006Tests
{
    [Test]
    public Task Keys_that_are_not_exception_classes() => Verify.VerifyAsync("""
        interface IDomainError { }
        class Wrapped<T> : Exception { }

        static class Errors
        {
            [ErrorHandler([|typeof(string)|])]
            [ErrorHandler([|typeof(IDomainError)|])]
            [ErrorHandler([|typeof(Wrapped<>)|])]
            [ErrorHandler([|typeof(int)|])]
            static IResult Many(Exception e) => Results.Problem();
        }
        """);

    [Test]
    public Task A_null_key() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler({|#0:null|})]
            static IResult Nothing(Exception e) => Results.Problem();
        }
        """,
        [Verify.Diagnostic().WithLocation(0).WithArguments("null", "name an exception class, as in typeof(MyException)")]);

    [Test]
    public Task Exception_classes_including_closed_generics_are_fine() => Verify.VerifyAsync("""
        class Wrapped<T> : Exception { }
        abstract class DomainException : Exception { }

        static class Errors
        {
            [ErrorHandler(typeof(Wrapped<int>))]
            [ErrorHandler(typeof(DomainException))]
            [ErrorHandler(typeof(HttpException))]
            static IResult Many(Exception e) => Results.Problem();
        }
        """);
}
