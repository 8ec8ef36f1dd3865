namespace ErrorHandlers.Analyzers.Tests.Fixes;

using Verify = CodeFixVerifier<UnknownScopeAnalyzer, UseDeclaredScopeFix>;

public sealed class UseDeclaredScopeFixTests
{
    [Test]
    public Task Renames_to_the_nearest_declared_scope() => Verify.VerifyFixAsync(
        """
        [ErrorHandlerScope("blog")]
        static class Blog { }

        static class Routes
        {
            internal static void Map(WebApplication app) => app.MapGroup("/blog").WithErrorHandlerScope([|"blgo"|]);
        }
        """,
        """
        [ErrorHandlerScope("blog")]
        static class Blog { }

        static class Routes
        {
            internal static void Map(WebApplication app) => app.MapGroup("/blog").WithErrorHandlerScope("blog");
        }
        """);

    [Test]
    public Task No_fix_when_no_declared_scope_is_near() => Verify.VerifyNoFixAsync("""
        [ErrorHandlerScope("blog")]
        static class Blog { }

        static class Routes
        {
            internal static void Map(WebApplication app) => app.MapGroup("/shop").WithErrorHandlerScope([|"inventory"|]);
        }
        """);

    [Test]
    public Task Fix_all() => Verify.VerifyFixAllAsync(
        [Routes("A", "[|\"Blog\"|]", "[|\"blgo\"|]"), Routes("B", "[|\"Blog\"|]", "[|\"blgo\"|]")],
        [Routes("A", "\"blog\"", "\"blog\""), Routes("B", "\"blog\"", "\"blog\"")]);

    private static string Routes(string name, string first, string second) => $$"""
        [ErrorHandlerScope("blog")]
        static class Blog{{name}} { }

        static class Routes{{name}}
        {
            internal static void Map(WebApplication app)
            {
                app.MapGroup("/a").WithErrorHandlerScope({{first}});
                app.MapGroup("/b").WithErrorHandlerScope({{second}});
            }
        }
        """;
}
