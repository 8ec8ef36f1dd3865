namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<HandlerNotCallableAnalyzer>;

public sealed class EH0007Tests
{
    /// <summary>Each reason, and the class that causes it when a class does, in the message.</summary>
    [Test]
    public Task Handlers_generated_code_cannot_call() => Verify.VerifyAsync(
        """
        class Errors
        {
            [ErrorHandler(404)]
            internal IResult {|#0:Instance|}(NotFoundException e) => Results.NotFound();

            [ErrorHandler(404)]
            private static IResult {|#1:Private|}(NotFoundException e) => Results.NotFound();

            [ErrorHandler(404)]
            internal static IResult {|#2:Generic|}<T>(NotFoundException e) => Results.NotFound();

            private static class Hidden
            {
                [ErrorHandler(404)]
                internal static IResult {|#3:Inside|}(NotFoundException e) => Results.NotFound();
            }
        }

        class Box<T>
        {
            [ErrorHandler(404)]
            internal static IResult {|#4:InGeneric|}(NotFoundException e) => Results.NotFound();
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("Instance", "is not static; the table calls handlers without an instance"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Private", "is private; the generated table needs it internal or public"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Generic", "is generic; the table cannot choose its type arguments"),
            Verify.Diagnostic().WithLocation(3).WithArguments("Inside", "is in the private class 'Hidden'; make the class internal or public"),
            Verify.Diagnostic().WithLocation(4).WithArguments("InGeneric", "is in the generic class 'Box'; move it to a non-generic class"),
        ]);

    [Test]
    public Task Handlers_with_a_parameter_the_table_cannot_pass_by_value() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult {|#0:ByReference|}(NotFoundException e, ref int count) => Results.NotFound();

            [ErrorHandler(410)]
            internal static IResult {|#1:Out|}(GoneException e, out int count) { count = 0; return Results.NotFound(); }

            [ErrorHandler(418)]
            internal static IResult {|#2:Params|}(ImATeapotException e, params string[] extra) => Results.NotFound();

            [ErrorHandler(409)]
            internal static IResult {|#3:ReadOnly|}(ConflictException e, in int count) => Results.NotFound();
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("ByReference", "has a ref, in, out or params parameter; the table passes each value once, by value"),
            Verify.Diagnostic().WithLocation(1).WithArguments("Out", "has a ref, in, out or params parameter; the table passes each value once, by value"),
            Verify.Diagnostic().WithLocation(2).WithArguments("Params", "has a ref, in, out or params parameter; the table passes each value once, by value"),
            Verify.Diagnostic().WithLocation(3).WithArguments("ReadOnly", "has a ref, in, out or params parameter; the table passes each value once, by value"),
        ]);

    [Test]
    public Task Local_functions_and_lambdas() => Verify.VerifyAsync("""
        static class Routes
        {
            internal static void Map(WebApplication app)
            {
                [ErrorHandler(404)]
                static IResult {|#0:Local|}(NotFoundException e) => Results.NotFound();

                app.MapGet("/", {|#1:[ErrorHandler(410)] (GoneException e) => Results.NotFound()|});
            }
        }
        """,
        [
            Verify.Diagnostic().WithLocation(0).WithArguments("Local", "is declared inside another method; the table calls static methods of a class"),
            Verify.Diagnostic().WithLocation(1).WithArguments("lambda", "is declared inside another method; the table calls static methods of a class"),
        ]);

    [Test]
    public Task Static_internal_or_public_handlers_are_fine() => Verify.VerifyAsync("""
        static class Errors
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();

            internal static class Nested
            {
                [ErrorHandler(410)]
                public static IResult Gone(GoneException e) => Results.NotFound();
            }

            private static IResult NotAHandler() => Results.Ok();
        }
        """);
}
