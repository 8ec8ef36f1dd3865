namespace ErrorHandlers.Analyzers.Tests.Rules;

using Verify = AnalyzerVerifier<InvalidScopeNameAnalyzer>;

public sealed class EH0012Tests
{
    [Test]
    public Task Empty_and_dotted_names_in_attributes_and_calls() => Verify.VerifyAsync("""
        [ErrorHandlerScope([|""|])]
        static class Empty { }

        [ErrorHandlerScope([|"parent.child"|])]
        static class Dotted { }

        static class Routes
        {
            static void Map(WebApplication app) => app.MapGroup("/x").WithErrorHandlerScope([|"a.b"|]);
        }
        """);

    [Test]
    public Task Plain_names_are_fine() => Verify.VerifyAsync("""
        [ErrorHandlerScope("blog")]
        static class Blog { }

        [ErrorHandlerScope("admin-v2")]
        static class Admin { }

        static class Routes
        {
            static void Map(WebApplication app, string computed) => app.MapGroup("/x").WithErrorHandlerScope("blog").WithErrorHandlerScope(computed);
        }
        """);
}
