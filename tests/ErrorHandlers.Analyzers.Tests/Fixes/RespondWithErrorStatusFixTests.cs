namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<HandlerRespondsWithSuccessAnalyzer, RespondWithErrorStatusFix>;

public sealed class RespondWithErrorStatusFixTests
{
    [Test]
    public Task Adds_the_keys_code() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => [|Results.Text("gone")|];
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.Text("gone", statusCode: 404);
        }
        """);

    [Test]
    public Task Replaces_a_success_code_with_the_exceptions_own() => Verify.VerifyFixAsync(
        """
        class QuotaException : Exception
        {
            public int StatusCode => 429;
        }

        static class Errors
        {
            [ErrorHandler]
            internal static IResult Quota(QuotaException quota) => [|Results.Json(new { quota.Message }, statusCode: 200)|];
        }
        """,
        """
        class QuotaException : Exception
        {
            public int StatusCode => 429;
        }

        static class Errors
        {
            [ErrorHandler]
            internal static IResult Quota(QuotaException quota) => Results.Json(new { quota.Message }, statusCode: quota.StatusCode);
        }
        """);

    [Test]
    public Task Wraps_a_string_in_an_HTML_result_and_returns_IResult() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(410)]
            internal static async Task<string> Gone(GoneException e)
            {
                await Task.Yield();
                return [|"<p>gone</p>"|];
            }
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(410)]
            [Microsoft.AspNetCore.Mvc.Produces("text/html")]
            internal static async Task<IResult> Gone(GoneException e)
            {
                await Task.Yield();
                return Results.Content("<p>gone</p>", "text/html; charset=utf-8", statusCode: 410);
            }
        }
        """);

    [Test]
    public Task No_fix_where_nothing_says_which_status_or_the_method_has_none() => Verify.VerifyNoFixAsync("""
        static class Errors
        {
            [ErrorHandler(typeof(InvalidOperationException))]
            internal static IResult Invalid(InvalidOperationException e) => [|Results.Text("bad")|];

            [ErrorHandler(404)]
            internal static IResult Missing(NotFoundException e) => [|Results.Ok()|];
        }
        """);

    [Test]
    public Task Wrapping_one_string_wraps_every_string_the_handler_returns() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(404)]
            internal static string NotFound(NotFoundException e, int kind) => kind switch
            {
                0 => [|"<p>zero</p>"|],
                _ => kind > 9 ? [|"<p>many</p>"|] : [|"<p>some</p>"|],
            };
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(404)]
            [Microsoft.AspNetCore.Mvc.Produces("text/html")]
            internal static IResult NotFound(NotFoundException e, int kind) => kind switch
            {
                0 => Results.Content("<p>zero</p>", "text/html; charset=utf-8", statusCode: 404),
                _ => kind > 9 ? Results.Content("<p>many</p>", "text/html; charset=utf-8", statusCode: 404) : Results.Content("<p>some</p>", "text/html; charset=utf-8", statusCode: 404),
            };
        }
        """);

    [Test]
    public Task Keeps_the_handlers_own_Produces() => Verify.VerifyFixAsync(
        """
        static class Errors
        {
            [ErrorHandler(404)]
            [Microsoft.AspNetCore.Mvc.Produces("text/html", "application/xhtml+xml")]
            internal static string NotFound(NotFoundException e) => [|"<p>not here</p>"|];
        }
        """,
        """
        static class Errors
        {
            [ErrorHandler(404)]
            [Microsoft.AspNetCore.Mvc.Produces("text/html", "application/xhtml+xml")]
            internal static IResult NotFound(NotFoundException e) => Results.Content("<p>not here</p>", "text/html; charset=utf-8", statusCode: 404);
        }
        """);

    [Test]
    public Task Fix_all() => Verify.VerifyFixAllAsync(
        [
            """
            static class Errors
            {
                [ErrorHandler(404)]
                internal static string NotFound(NotFoundException e, bool html) => html ? [|"<p>a</p>"|] : [|"b"|];

                [ErrorHandler(409)]
                internal static IResult Conflict(ConflictException e) => [|Results.Text("c")|];
            }
            """,
            """
            static class MoreErrors
            {
                [ErrorHandler(410)]
                internal static IResult Gone(GoneException e) => [|Results.Text("d")|];
            }
            """,
        ],
        [
            """
            static class Errors
            {
                [ErrorHandler(404)]
                [Microsoft.AspNetCore.Mvc.Produces("text/html")]
                internal static IResult NotFound(NotFoundException e, bool html) => html ? Results.Content("<p>a</p>", "text/html; charset=utf-8", statusCode: 404) : Results.Content("b", "text/html; charset=utf-8", statusCode: 404);

                [ErrorHandler(409)]
                internal static IResult Conflict(ConflictException e) => Results.Text("c", statusCode: 409);
            }
            """,
            """
            static class MoreErrors
            {
                [ErrorHandler(410)]
                internal static IResult Gone(GoneException e) => Results.Text("d", statusCode: 410);
            }
            """,
        ]);
}
