using System.Net;

namespace ErrorHandlers.Package.Tests;

/// <summary>
/// The usual layered solution: a web project and two class libraries, all with a PackageReference. Handlers and scopes
/// declared in the libraries take part exactly as if declared in the application; a duplicate key across projects
/// fails the build with EH0004.
/// </summary>
[Category("Slow")]
[NonParallelizable]
public sealed class SolutionTests
{
    [Test]
    public async Task Handlers_in_class_libraries_answer_the_applications_requests()
    {
        using var solution = await LayeredSolution.CreateAsync();

        await DotnetCommand.SucceedAsync(solution.Web, "build");
        await using var server = await ServerProcess.StartAsync("dotnet", Path.Combine(solution.Web, "bin", "Debug", "net10.0", "Shop.Web.dll"));

        await AssertAnswerAsync(server, "/orders/7", HttpStatusCode.Conflict, "Order 7 is locked (orders scope)");
        await AssertAnswerAsync(server, "/orders/missing", HttpStatusCode.Conflict, "conflict (orders scope)");
        await AssertAnswerAsync(server, "/conflict", HttpStatusCode.Conflict, "<!doctype html>");
        await AssertAnswerAsync(server, "/payment", HttpStatusCode.PaymentRequired, "Payment required: card declined");
        await AssertAnswerAsync(server, "/nowhere", HttpStatusCode.NotFound, "web 404");
    }

    [Test]
    public async Task A_duplicate_key_across_projects_is_EH0004_at_build_time()
    {
        using var solution = await LayeredSolution.CreateAsync();
        File.WriteAllText(Path.Combine(solution.Web, "Duplicate.cs"), """
            using ErrorHandlers;
            using Shop.Contracts;

            static class DuplicateErrors
            {
                [ErrorHandler]
                internal static IResult Payment(PaymentException e) => Results.Text("again", statusCode: 402);
            }
            """);

        var (exitCode, output) = await DotnetCommand.RunAsync(solution.Web, "build");

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("Duplicate.cs(6,6): error EH0004: PaymentException has two handlers in the application: DuplicateErrors.Payment and Shop.Orders.OrderErrors.Payment"));
    }

    private static async Task AssertAnswerAsync(ServerProcess server, string path, HttpStatusCode status, string body)
    {
        var response = await server.Client.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(status), path);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith(body), path);
    }

    /// <summary>Shop.Web references Shop.Orders, which references Shop.Contracts; each has a PackageReference to ErrorHandlers.</summary>
    private sealed class LayeredSolution : IDisposable
    {
        private readonly ScratchProject _folder = new();

        public string Web => Path.Combine(_folder.Path, "Shop.Web");

        public static async Task<LayeredSolution> CreateAsync()
        {
            var solution = new LayeredSolution();
            PackedPackage.WriteNugetConfig(solution._folder.Path);
            solution.Project("Shop.Contracts", "Microsoft.NET.Sdk", [], """
                namespace Shop.Contracts;

                public sealed class PaymentException() : HttpException(402, "card declined");
                public sealed class OrderLockedException(int id) : Exception($"Order {id} is locked")
                {
                    public int Id { get; } = id;
                }
                """);
            solution.Project("Shop.Orders", "Microsoft.NET.Sdk", ["Shop.Contracts"], """
                using Shop.Contracts;

                namespace Shop.Orders;

                internal static class OrderErrors
                {
                    [ErrorHandler]
                    internal static IResult Payment(PaymentException e) => Results.Text($"Payment required: {e.Description}", statusCode: e.StatusCode);
                }

                [ErrorHandlerScope("orders")]
                internal static class OrdersScopeErrors
                {
                    [ErrorHandler]
                    internal static IResult Locked(OrderLockedException e) => Results.Text($"{e.Message} (orders scope)", statusCode: 409);

                    [ErrorHandler(409)]
                    internal static IResult Conflict(ConflictException e) => Results.Text("conflict (orders scope)", statusCode: e.StatusCode);
                }

                public static class OrderRoutes
                {
                    public static void MapOrders(this IEndpointRouteBuilder app)
                    {
                        var orders = app.MapGroup("/orders").WithErrorHandlerScope("orders");
                        orders.MapGet("/missing", () => Abort.With(409));
                        orders.MapGet("/{id:int}", (int id) => { throw new OrderLockedException(id); });
                    }
                }
                """);
            solution.Project("Shop.Web", "Microsoft.NET.Sdk.Web", ["Shop.Orders"], """
                using Shop.Contracts;
                using Shop.Orders;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddErrorHandlers();
                var app = builder.Build();
                app.UseErrorHandlers();
                app.MapOrders();
                app.MapGet("/conflict", () => Abort.With(409));
                app.MapGet("/payment", () => { throw new PaymentException(); });
                app.Run();

                static class WebErrors
                {
                    [ErrorHandler(404)]
                    internal static IResult NotFound(NotFoundException e) => Results.Text("web 404", statusCode: e.StatusCode);
                }
                """);
            await Task.CompletedTask;
            return solution;
        }

        public void Dispose() => _folder.Dispose();

        private void Project(string name, string sdk, string[] references, string source)
        {
            string[] frameworkReference = sdk == "Microsoft.NET.Sdk" ? ["""<FrameworkReference Include="Microsoft.AspNetCore.App" />"""] : [];
            _folder.WriteProject($"{name}/{name}.csproj", sdk, [
                .. frameworkReference,
                $"""<PackageReference Include="ErrorHandlers" Version="{PackedPackage.Version}" />""",
                """<Using Include="ErrorHandlers" />""",
                """<Using Include="Microsoft.AspNetCore.Http" />""",
                """<Using Include="Microsoft.AspNetCore.Builder" />""",
                """<Using Include="Microsoft.AspNetCore.Routing" />""",
                .. references.Select(reference => $"""<ProjectReference Include="..\{reference}\{reference}.csproj" />"""),
            ]);
            _folder.Write($"{name}/{name}.cs", source);
        }
    }
}
