namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<DuplicateHandlerAnalyzer>;

public sealed class EH0004Tests
{
    [Test]
    public Task A_code_and_its_class_are_one_key_across_classes() => Verify.VerifyAsync("""
        static class Pages
        {
            [ErrorHandler([|404|])]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();
        }

        static class More
        {
            [ErrorHandler([|typeof(NotFoundException)|])]
            internal static IResult AlsoNotFound(NotFoundException e) => Results.NotFound();
        }
        """);

    [Test]
    public Task Duplicates_within_a_scope_across_its_classes() => Verify.VerifyAsync("""
        [ErrorHandlerScope("blog")]
        static class Blog
        {
            [[|ErrorHandler|]]
            internal static IResult Db(InvalidOperationException e) => Results.Problem();
        }

        [ErrorHandlerScope("blog")]
        static class MoreBlog
        {
            [ErrorHandler([|typeof(InvalidOperationException)|])]
            internal static IResult Db(InvalidOperationException e) => Results.Problem();
        }
        """);

    [Test]
    public Task The_same_key_in_different_scopes_and_different_keys_are_fine() => Verify.VerifyAsync("""
        static class App
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();

            [ErrorHandler(410)]
            internal static IResult Gone(GoneException e) => Results.NotFound();
        }

        [ErrorHandlerScope("blog")]
        static class Blog
        {
            [ErrorHandler(404)]
            internal static IResult NotFound(NotFoundException e) => Results.NotFound();
        }
        """);

    [Test]
    public async Task The_message_names_the_key_the_scope_and_both_handlers()
    {
        var compilation = TestCompilation.Create("Tests", TestCompilation.WebUsings, """
            [ErrorHandlerScope("blog")]
            static class Blog
            {
                [ErrorHandler(404)] internal static IResult A(NotFoundException e) => Results.NotFound();
                [ErrorHandler(404)] internal static IResult B(NotFoundException e) => Results.NotFound();
            }
            """);

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new DuplicateHandlerAnalyzer());

        Assert.That(diagnostics.Select(d => d.GetMessage()), Is.EqualTo(new[]
        {
            "404 has two handlers in scope 'blog': Blog.A and Blog.B",
            "404 has two handlers in scope 'blog': Blog.B and Blog.A",
        }));
        Assert.That(diagnostics.Select(d => d.AdditionalLocations.Count), Is.All.EqualTo(1));
    }
}
