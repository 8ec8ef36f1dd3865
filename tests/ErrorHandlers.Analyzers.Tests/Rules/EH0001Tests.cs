namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<HandlerRespondsWithSuccessAnalyzer>;

public sealed class EH0001Tests
{
    [Test]
    public Task A_string_is_a_200() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static string NotFound(NotFoundException e) => [|"<p>gone</p>"|];
        }
        """);

    [Test]
    public Task An_async_string_is_a_200_at_each_return() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static async Task<string> NotFound(NotFoundException e, HttpRequest request)
            {
                await Task.Yield();
                if (request.Path == "/") return [|"root"|];
                return [|"elsewhere"|];
            }
        }
        """);

    [Test]
    public Task Results_without_a_status_send_their_default() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static IResult Text(NotFoundException e) => [|Results.Text("gone")|];

            [ErrorHandler(typeof(InvalidOperationException))]
            static IResult Json(InvalidOperationException e) => [|TypedResults.Json(new { error = e.Message })|];

            [ErrorHandler(409)]
            static IResult Content(ConflictException e, bool html) => html ? [|Results.Content("<p>x</p>", "text/html")|] : [|Results.Ok()|];
        }
        """);

    [Test]
    public Task A_constant_success_status_and_redirects() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(410)]
            static IResult Gone(GoneException e) => [|Results.Text("gone", statusCode: 200)|];

            [ErrorHandler(401)]
            static IResult Login(UnauthorizedException e) => [|Results.Redirect("/login")|];

            [ErrorHandler(403)]
            static IResult Forbidden(ForbiddenException e) => [|Results.StatusCode(StatusCodes.Status204NoContent)|];
        }
        """);

    [Test]
    public Task Error_statuses_and_statuses_known_only_at_run_time_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e) => Results.Text("gone", statusCode: 404);

            [ErrorHandler(typeof(HttpException))]
            static IResult Http(HttpException e) => Results.Json(new { e.Name }, statusCode: e.StatusCode);

            [ErrorHandler(409)]
            static IResult Conflict(ConflictException e) => Results.Conflict();

            [ErrorHandler(500)]
            static IResult Problem(InternalServerErrorException e) => Results.Problem("oops");

            [ErrorHandler(410)]
            static IResult Gone(GoneException e) => e;

            [ErrorHandler(412)]
            static IResult Custom(PreconditionFailedException e) => Page(e.StatusCode);

            static IResult Page(int status) => Results.Ok();

            static IResult NotAHandler() => Results.Ok();
        }
        """);

    [Test]
    public Task Lambdas_inside_a_handler_are_not_its_response() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static IResult NotFound(NotFoundException e)
            {
                Func<IResult> unused = () => Results.Ok();
                return Results.NotFound();
            }
        }
        """);
}
