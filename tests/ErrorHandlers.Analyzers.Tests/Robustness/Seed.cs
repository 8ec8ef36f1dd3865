namespace ErrorHandlers.Analyzers.Tests.Robustness;

/// <summary>Real handler code in every shape the product supports, the text the fuzzer breaks.</summary>
internal static class Seed
{
    public const string Handlers = """
        using System.Threading;
        using System.Threading.Tasks;
        using ErrorHandlers;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        namespace Shop;

        public sealed class PaymentRequiredException(string? description = null) : HttpException(402, description);

        public class OutOfStockException(string item) : System.Exception($"{item} is sold out");

        public sealed class BackorderedException(string item) : OutOfStockException(item);

        public static class SiteErrors
        {
            [ErrorHandler(404)]
            public static IResult NotFound(NotFoundException e, HttpRequest request) =>
                Results.Text($"nothing at {request.Path}", statusCode: 404);

            [ErrorHandler(typeof(MethodNotAllowedException))]
            [ErrorHandler(405)]
            public static IResult WrongMethod(HttpException e) => e;

            [ErrorHandler]
            public static async Task<IResult> SoldOut(OutOfStockException e, CancellationToken cancellationToken)
            {
                await Task.Delay(1, cancellationToken);
                return Results.Conflict(e.Message);
            }

            [ErrorHandler(500)]
            public static IResult ServerError(InternalServerErrorException e, HttpContext context) =>
                Results.Problem(statusCode: 500, title: e.OriginalException?.GetType().Name);

            [ErrorHandler(typeof(PaymentRequiredException))]
            public static ValueTask<IResult> Pay(PaymentRequiredException e) => ValueTask.FromResult(Results.StatusCode(402));

            internal static class Nested
            {
                [ErrorHandler(418)]
                public static string Teapot(ImATeapotException e) => "<p>short and stout</p>";
            }
        }

        [ErrorHandlerScope("blog")]
        public static class BlogErrors
        {
            [ErrorHandler(404)]
            public static IResult NoPost(NotFoundException e) => Results.NotFound("no such post");

            [ErrorHandler(typeof(BackorderedException))]
            public static IResult Later(OutOfStockException e) => Results.Accepted();
        }

        public static class Routes
        {
            public static void Map(WebApplication app)
            {
                var blog = app.MapGroup("/blog").WithErrorHandlerScope("blog");
                blog.MapGet("/{id:int}", (int id) => id > 0 ? Results.Ok(id) : Abort.Result(404));
                app.MapGet("/pay", () => Abort.With(402));
            }
        }
        """;

    /// <summary>Argument lists an <c>[ErrorHandler]</c> attribute gets while someone types, or gets wrong.</summary>
    public static readonly string[] BadAttributeArguments =
    [
        "\"404\"", "404.5", "null", "-1", "0", "99", "600", "int.MaxValue", "int.MinValue", "(short)404", "0x194", "'a'", "true",
        "404, 405", "404, typeof(NotFoundException)", "statusCode: 404", "exceptionType: null", "statusCode:", "1 +", "1 + 403",
        "typeof(int)", "typeof(void)", "typeof(dynamic)", "typeof(List<>)", "typeof(System.Exception[])", "typeof(Missing)",
        "typeof(System.Collections.Generic.List<System.Exception>)", "typeof(T)", "typeof(OutOfStockException*)",
        "typeof(System.IDisposable)", "typeof(System.ValueTuple)", "typeof()", "typeof", "nameof(NotFound)", "new object()",
        "default", "default(int)", "Missing.Code", "StatusCodes.Status404NotFound", "(int)System.Net.HttpStatusCode.NotFound",
        "ErrorHandlerAttribute", "404 /* comment */", "@\"404\"", "$\"{404}\"", "404;", "((404))", "checked(404 * 10000000)",
    ];

    /// <summary>Type shapes that loop, nest or lie, as exception keys and parameters.</summary>
    public static readonly string[] OddTypes =
    [
        "public class Loop : Loop { }",
        "public class A : B { } public class B : A { }",
        "public class Self<T> : System.Exception where T : Self<T> { }",
        "public class Deep<T> : Deep<Deep<T>> { }",
        "public class Grow<T> : System.Exception { public Grow<Grow<T>>? Next; }",
        "public class Generic<T> : System.Exception { }",
        "public class Missing : Unknown { }",
        "public class NotFound2 : NotFoundException { public NotFound2() : base(Code) { } private const string Code = null; }",
        "public class Coded : HttpException { public Coded() : base(Code) { } public const int Code = Other; public const int Other = Code; }",
        "public struct NotAnException { }",
        "public interface IException { }",
        "public delegate void Handler(System.Exception e);",
        "public enum Codes { NotFound = 404 }",
        "public class Outer<T> { public class Inner : System.Exception { } }",
        "public class Sealed : System.Exception { private Sealed() { } }",
    ];
}
