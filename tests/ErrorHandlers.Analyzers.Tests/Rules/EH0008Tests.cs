namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<ExceptionParameterAnalyzer>;

public sealed class EH0008Tests
{
    /// <summary>Each case has its own message, which says what to change.</summary>
    [Test]
    public Task Missing_duplicated_and_unfit_exception_parameters() => Verify.VerifyAsync(
        """
        class DbException : Exception { }

        static class Errors
        {
            [ErrorHandler(404)]
            static IResult {|#0:NoException|}(HttpContext context) => Results.NotFound();

            [ErrorHandler(404)]
            static IResult Two(NotFoundException e, Exception {|#1:other|}) => Results.NotFound();

            [ErrorHandler(404)]
            static IResult Unfit(GoneException {|#2:e|}) => Results.NotFound();

            [ErrorHandler(500)]
            static IResult OriginalType(DbException {|#3:e|}) => Results.Problem();
        }
        """,
        [
            Verify.Diagnostic(Descriptors.NoExceptionParameter).WithLocation(0).WithArguments("NoException", "NotFoundException"),
            Verify.Diagnostic(Descriptors.SeveralExceptionParameters).WithLocation(1).WithArguments("Two", "e"),
            Verify.Diagnostic().WithLocation(2).WithArguments("e", "GoneException", "NotFoundException", "404"),
            Verify.Diagnostic(Descriptors.ServerErrorParameter).WithLocation(3).WithArguments("e", "DbException", "InternalServerErrorException", "500"),
        ]);

    [Test]
    public Task Parameters_that_accept_every_key() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            [ErrorHandler(410)]
            static IResult Both(HttpException e) => Results.NotFound();

            [ErrorHandler(500)]
            static IResult ServerError(InternalServerErrorException e, HttpContext context) => Results.Problem();

            [ErrorHandler(typeof(InvalidOperationException))]
            static IResult Base(Exception e) => Results.Problem();
        }
        """);

    [Test]
    public async Task A_500_handler_of_the_original_type_is_told_where_the_original_is()
    {
        var compilation = TestCompilation.Create("Tests", TestCompilation.WebUsings, """
            static class Errors
            {
                [ErrorHandler(500)]
                static IResult ServerError(InvalidOperationException e) => Results.Problem();
            }
            """);

        var diagnostic = (await AnalyzerRunner.RunAsync(compilation, new ExceptionParameterAnalyzer())).Single();

        Assert.That(diagnostic.GetMessage(), Is.EqualTo(
            "The parameter 'e' of type InvalidOperationException cannot receive InternalServerErrorException, the key 500; "
            + "a 500 handler receives an InternalServerErrorException, whose OriginalException is the error that was not handled"));
    }
}
