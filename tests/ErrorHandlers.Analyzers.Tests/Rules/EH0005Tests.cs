namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<UnknownStatusCodeAnalyzer>;

public sealed class EH0005Tests
{
    [Test]
    public Task Codes_without_a_built_in_class_and_codes_that_are_no_errors() => Verify.VerifyAsync(
        """
        static class Errors
        {
            [ErrorHandler({|#0:402|})]
            [ErrorHandler({|#1:507|})]
            [ErrorHandler({|#2:200|})]
            [ErrorHandler({|#3:999|})]
            static IResult Many(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("402", "PaymentRequiredException"),
            Verify.Diagnostic().WithLocation(1).WithArguments("507", "InsufficientStorageException"),
            Verify.Diagnostic(Descriptors.StatusCodeNotAnError).WithLocation(2).WithArguments("200"),
            Verify.Diagnostic(Descriptors.StatusCodeNotAnError).WithLocation(3).WithArguments("999"),
        ]);

    [Test]
    public Task Built_in_codes_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(400)]
            [ErrorHandler(505)]
            [ErrorHandler(418)]
            static IResult Many(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """);

    [TestCase(402, "PaymentRequiredException")]
    [TestCase(507, "InsufficientStorageException")]
    [TestCase(511, "NetworkAuthenticationFailedException")]
    [TestCase(499, "Status499Exception")]
    public void Suggested_class_names_follow_Werkzeug(int code, string name) =>
        Assert.That(UnknownStatusCodeAnalyzer.ClassName(code), Is.EqualTo(name));
}
