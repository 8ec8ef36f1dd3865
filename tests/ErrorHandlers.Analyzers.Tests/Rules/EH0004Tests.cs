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
    public async Task One_method_that_names_a_key_twice_is_told_so()
    {
        var compilation = TestCompilation.Create("Tests", TestCompilation.WebUsings, """
            static class Site
            {
                [ErrorHandler(405)]
                [ErrorHandler(typeof(MethodNotAllowedException))]
                internal static IResult WrongMethod(MethodNotAllowedException e) => e;
            }
            """);

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, new DuplicateHandlerAnalyzer());

        Assert.That(diagnostics.Select(d => d.GetMessage()), Is.EqualTo(new[]
        {
            "405 has two handlers in the application: Site.WrongMethod and Site.WrongMethod again (two of its attributes name this key)",
            "MethodNotAllowedException has two handlers in the application: Site.WrongMethod and Site.WrongMethod again (two of its attributes name this key)",
        }));
    }

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

    [Test]
    public async Task A_duplicate_with_a_referenced_librarys_handler_is_reported_where_the_application_declares_its_own()
    {
        var library = Library("Shop.Domain", "[ErrorHandler(404)] internal static IResult NotFound(NotFoundException e) => Results.NotFound();");
        var application = TestCompilation.Create("Shop.Web", [library], TestCompilation.WebUsings, """
            static class WebErrors
            {
                [ErrorHandler(typeof(NotFoundException))]
                internal static IResult NotFound(NotFoundException e) => Results.NotFound();
            }
            """);

        var diagnostic = (await AnalyzerRunner.RunAsync(application, new DuplicateHandlerAnalyzer())).Single();

        Assert.That(diagnostic.GetMessage(), Is.EqualTo("NotFoundException has two handlers in the application: WebErrors.NotFound and Shop.Domain.Errors.NotFound"));
        Assert.That(diagnostic.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(2));
    }

    [Test]
    public async Task A_duplicate_between_two_libraries_fails_the_applications_build_without_a_location()
    {
        var first = Library("Shop.Orders", "[ErrorHandler(409)] internal static IResult Conflict(ConflictException e) => Results.Conflict();");
        var second = Library("Shop.Billing", "[ErrorHandler(409)] internal static IResult Conflict(ConflictException e) => Results.Conflict();");
        var application = TestCompilation.Create("Shop.Web", [first, second], TestCompilation.WebUsings, "static class Nothing { }");

        var diagnostic = (await AnalyzerRunner.RunAsync(application, new DuplicateHandlerAnalyzer())).Single();

        Assert.That(diagnostic.Location, Is.EqualTo(Microsoft.CodeAnalysis.Location.None));
        Assert.That(diagnostic.GetMessage(), Is.EqualTo("409 has two handlers in the application: Shop.Billing.Errors.Conflict and Shop.Orders.Errors.Conflict"));
    }

    [Test]
    public async Task The_same_key_in_a_library_and_in_another_scope_is_fine()
    {
        var library = Library("Shop.Domain", "[ErrorHandler(404)] internal static IResult NotFound(NotFoundException e) => Results.NotFound();");
        var application = TestCompilation.Create("Shop.Web", [library], TestCompilation.WebUsings, """
            [ErrorHandlerScope("api")]
            static class ApiErrors
            {
                [ErrorHandler(410)]
                internal static IResult Gone(GoneException e) => Results.NotFound();
            }
            """);

        Assert.That(await AnalyzerRunner.RunAsync(application, new DuplicateHandlerAnalyzer()), Is.Empty);
    }

    /// <summary>A class library compiled with the generator, as a reference: its handlers are in its exports.</summary>
    private static Microsoft.CodeAnalysis.MetadataReference Library(string name, string handler)
    {
        var run = GeneratorRun.Start<ErrorHandlers.Generator.ErrorHandlerGenerator>(
            TestCompilation.Create(name, TestCompilation.WebUsings, $"namespace {name};\n\ninternal static class Errors\n{{\n    {handler}\n}}\n"));
        return TestCompilation.Reference(run.Output);
    }
}
