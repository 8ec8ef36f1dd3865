namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<UnknownScopeAnalyzer>;

public sealed class EH0013Tests
{
    [Test]
    public Task Scopes_nothing_declares() => Verify.VerifyAsync("""
        [ErrorHandlerScope("blog")]
        static class Blog { }

        static class Routes
        {
            static void Map(WebApplication app)
            {
                app.MapGroup("/blog").WithErrorHandlerScope([|"blgo"|]);
                app.MapGet("/x", () => "x").WithErrorHandlerScope([|"shop"|]);
            }
        }
        """);

    [Test]
    public Task Declared_scopes_and_computed_names_are_fine() => Verify.VerifyAsync("""
        [ErrorHandlerScope("blog")]
        static class Blog { }

        [Microsoft.AspNetCore.Mvc.ApiController]
        [ErrorHandlerScope("admin")]
        class AdminController { }

        static class Routes
        {
            static void Map(WebApplication app, string name)
            {
                app.MapGroup("/blog").WithErrorHandlerScope("blog");
                app.MapGroup("/admin").WithErrorHandlerScope("admin");
                app.MapGroup("/any").WithErrorHandlerScope(name);
            }
        }
        """);

    [Test]
    public async Task The_message_suggests_the_nearest_declared_scope()
    {
        var compilation = TestCompilation.Create("Tests", TestCompilation.WebUsings, """
            [ErrorHandlerScope("blog")] static class Blog { }
            [ErrorHandlerScope("billing")] static class Billing { }
            static class Routes
            {
                static void Map(WebApplication app)
                {
                    app.MapGroup("/a").WithErrorHandlerScope("Blog");
                    app.MapGroup("/b").WithErrorHandlerScope("inventory");
                }
            }
            """);

        var messages = (await AnalyzerRunner.RunAsync(compilation, new UnknownScopeAnalyzer())).OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage());

        Assert.That(messages, Is.EqualTo(new[]
        {
            "No [ErrorHandlerScope(\"Blog\")] class declares this scope, so it has no handlers; did you mean 'blog'?",
            "No [ErrorHandlerScope(\"inventory\")] class declares this scope, so it has no handlers",
        }));
    }
}
