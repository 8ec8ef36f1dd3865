namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<UnanswerableStatusCodeAnalyzer>;

public sealed class EH0016Tests
{
    [Test]
    public Task Codes_no_error_response_can_carry() => Verify.VerifyAsync("""
        sealed class [|MovedException|]() : HttpException(302);

        class [|AcceptedException|] : HttpException
        {
            public AcceptedException() : base(202, "Accepted.") { }
        }

        sealed class [|ContinueException|]() : HttpException(100);

        sealed class [|TooHighException|]() : HttpException(600);

        class [|OverriddenException|]() : NotFoundException
        {
            public override int StatusCode => 307;
        }
        """);

    [Test]
    public Task Error_statuses_the_three_without_a_body_and_inherited_codes_are_fine() => Verify.VerifyAsync("""
        class InsufficientStorageException() : HttpException(507);
        sealed class NoContentException() : HttpException(204);
        sealed class ResetContentException() : HttpException(205);
        sealed class NotModifiedException() : HttpException(304);
        sealed class AnyCodeException(int code) : HttpException(code);
        sealed class MissingThing() : NotFoundException("No such thing.");
        class [|SeeOtherException|]() : HttpException(303);
        sealed class StillSeeOther() : SeeOtherException;
        """);
}
