namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<UnsupportedReturnTypeAnalyzer>;

public sealed class EH0009Tests
{
    [Test]
    public Task Return_types_that_give_no_response() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            static [|void|] Void(NotFoundException e) { }

            [ErrorHandler(405)]
            static async [|void|] AsyncVoid(MethodNotAllowedException e) => await Task.Yield();

            [ErrorHandler(409)]
            static [|Task|] TaskOnly(ConflictException e) => Task.CompletedTask;

            [ErrorHandler(410)]
            static [|Task<int>|] TaskOfInt(GoneException e) => Task.FromResult(410);

            [ErrorHandler(411)]
            static [|object|] Object(LengthRequiredException e) => Results.Ok();
        }
        """);

    [Test]
    public Task Results_tasks_of_results_and_strings_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)] static IResult A(NotFoundException e) => Results.NotFound();
            [ErrorHandler(405)] static Task<IResult> B(MethodNotAllowedException e) => Task.FromResult(Results.NotFound());
            [ErrorHandler(409)] static ValueTask<Microsoft.AspNetCore.Http.HttpResults.NotFound> C(ConflictException e) => new(TypedResults.NotFound());
            [ErrorHandler(410)] static string D(GoneException e) => "gone";
            [ErrorHandler(411)] static Task<string> E(LengthRequiredException e) => Task.FromResult("x");
            [ErrorHandler(412)] static PreconditionFailedException F(PreconditionFailedException e) => e;
        }
        """);

    [Test]
    public Task MVC_results_and_tasks_of_them_are_fine() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;

        static class Errors
        {
            [ErrorHandler(404)] static IActionResult A(NotFoundException e) => new NotFoundResult();
            [ErrorHandler(405)] static ViewResult B(MethodNotAllowedException e) => new() { ViewName = "Error" };
            [ErrorHandler(409)] static Task<IActionResult> C(ConflictException e) => Task.FromResult<IActionResult>(new ConflictResult());
            [ErrorHandler(410)] static ValueTask<ErrorViewResult> D(GoneException e) => new(ErrorView.Render(e, "Gone"));
            [ErrorHandler(411)] static ObjectResult E(LengthRequiredException e) => new(e.Description) { StatusCode = 411 };
        }
        """);
}
