namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<UnreachableHandlerAnalyzer>;

public sealed class EH0017Tests
{
    [Test]
    public Task Keys_the_runtime_converts_or_answers_before_the_lookup() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Connections;

        sealed class TooLongException(string message) : BadHttpRequestException(message, 414);

        static class Errors
        {
            [ErrorHandler([|typeof(BadHttpRequestException)|])]
            static IResult Binding(BadHttpRequestException e) => Results.Text(e.Message, statusCode: e.StatusCode);

            [[|ErrorHandler|]]
            static IResult TooLong(TooLongException e) => Results.StatusCode(414);

            [ErrorHandler([|typeof(ConnectionResetException)|])]
            static IResult Reset(ConnectionResetException e) => Results.StatusCode(499);
        }
        """);

    [Test]
    public Task The_built_in_classes_they_become_and_their_bases_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(400)]
            static IResult BadRequest(BadRequestException e) => Results.Text(e.InnerException?.Message ?? e.Description, statusCode: 400);

            [ErrorHandler(413)]
            static IResult TooLarge(RequestEntityTooLargeException e) => Results.StatusCode(413);

            [ErrorHandler(typeof(IOException))]
            static IResult Io(IOException e) => Results.StatusCode(503);
        }
        """);
}
