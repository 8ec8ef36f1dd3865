namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<UnknownStatusCodeAnalyzer, DeclareHttpExceptionFix>;

public sealed class DeclareHttpExceptionFixTests
{
    [Test]
    public Task Declares_the_class_and_keys_the_handler_by_it() => Verify.VerifyFixAsync(
        """
        namespace Shop;

        static class Errors
        {
            [ErrorHandler([|402|])]
            internal static IResult PaymentRequired(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """,
        """
        namespace Shop;

        static class Errors
        {
            [ErrorHandler(typeof(PaymentRequiredException))]
            internal static IResult PaymentRequired(HttpException e) => Results.StatusCode(e.StatusCode);
        }

        /// <summary>The <c>402</c> error, which has no built-in class in ErrorHandlers.</summary>
        public sealed class PaymentRequiredException : HttpException
        {
            public PaymentRequiredException(string? description = null)
                : base(402, description)
            {
            }
        }
        """);

    [Test]
    public Task Keys_by_a_class_of_that_name_when_the_compilation_has_one() => Verify.VerifyFixAsync(
        """
        public sealed class InsufficientStorageException() : HttpException(507);

        static class Errors
        {
            [ErrorHandler([|507|])]
            internal static IResult Storage(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """,
        """
        public sealed class InsufficientStorageException() : HttpException(507);

        static class Errors
        {
            [ErrorHandler(typeof(InsufficientStorageException))]
            internal static IResult Storage(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """);

    [Test]
    public Task No_fix_for_a_code_that_is_no_error() => Verify.VerifyNoFixAsync("""
        static class Errors
        {
            [ErrorHandler([|200|])]
            internal static IResult Ok(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """);

    [Test]
    public Task Fix_all_declares_each_class_once() => Verify.VerifyFixAllAsync(
        [Handlers("A"), Handlers("B")],
        [Fixed("A"), Fixed("B")]);

    private static string Handlers(string name) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler([|507|])]
            internal static IResult Storage(HttpException e) => Results.StatusCode(e.StatusCode);

            [ErrorHandler([|507|])]
            [ErrorHandler([|508|])]
            internal static IResult Again(HttpException e) => Results.StatusCode(e.StatusCode);
        }
        """;

    private static string Fixed(string name) => $$"""
        static class Errors{{name}}
        {
            [ErrorHandler(typeof(InsufficientStorageException))]
            internal static IResult Storage(HttpException e) => Results.StatusCode(e.StatusCode);

            [ErrorHandler(typeof(InsufficientStorageException))]
            [ErrorHandler(typeof(LoopDetectedException))]
            internal static IResult Again(HttpException e) => Results.StatusCode(e.StatusCode);
        }

        /// <summary>The <c>507</c> error, which has no built-in class in ErrorHandlers.</summary>
        public sealed class InsufficientStorageException : HttpException
        {
            public InsufficientStorageException(string? description = null)
                : base(507, description)
            {
            }
        }

        /// <summary>The <c>508</c> error, which has no built-in class in ErrorHandlers.</summary>
        public sealed class LoopDetectedException : HttpException
        {
            public LoopDetectedException(string? description = null)
                : base(508, description)
            {
            }
        }
        """;
}
