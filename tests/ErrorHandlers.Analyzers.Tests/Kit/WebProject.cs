using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ErrorHandlers.Analyzers.Tests.Kit;

/// <summary>
/// What every test project of the official test kit gets: the reference assemblies of .NET and ASP.NET Core from the
/// SDK's own targeting packs (the ones <c>dotnet build</c> compiles against, so nothing is downloaded), the ErrorHandlers
/// runtime, the global usings of a web project, the latest C# and nullable annotations.
/// </summary>
internal static class WebProject
{
    public const string UsingsFile = "Usings.cs";

    /// <summary>No package: the references come from <see cref="References"/>.</summary>
    public static ReferenceAssemblies ReferenceAssemblies { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. TargetingPack("Microsoft.NETCore.App.Ref", typeof(object)),
        .. TargetingPack("Microsoft.AspNetCore.App.Ref", typeof(Microsoft.AspNetCore.Http.HttpContext)),
        MetadataReference.CreateFromFile(typeof(HttpException).Assembly.Location),
    ];

    /// <summary>Sets up the kit's test project, and the fixed state's when there is one.</summary>
    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, params SolutionState[] states)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = ReferenceAssemblies;
        foreach (var state in states)
        {
            AddTo(state);
            foreach (var project in state.AdditionalProjects.Values)
            {
                AddTo(project);
            }
        }

        test.SolutionTransforms.Add((solution, projectId) =>
        {
            foreach (var project in solution.Projects)
            {
                solution = solution
                    .WithProjectParseOptions(project.Id, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest))
                    .WithProjectCompilationOptions(project.Id, ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable));
            }

            return solution;
        });
    }

    private static void AddTo(ProjectState project)
    {
        project.AdditionalReferences.AddRange(References);
        project.Sources.Add((UsingsFile, TestCompilation.WebUsings));
    }

    private static void AddTo(SolutionState state)
    {
        state.AdditionalReferences.AddRange(References);
        state.Sources.Add((UsingsFile, TestCompilation.WebUsings));
    }

    /// <summary>
    /// The reference assemblies of a targeting pack in the SDK beside the running shared framework, of the framework's
    /// own version (the folder <paramref name="type"/> was loaded from is named after it).
    /// </summary>
    private static IEnumerable<MetadataReference> TargetingPack(string pack, Type type)
    {
        var version = Path.GetFileName(Path.GetDirectoryName(type.Assembly.Location)!);
        var dotnet = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var folder = Path.Combine(dotnet, "packs", pack, version, "ref", "net10.0");
        return Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(path => MetadataReference.CreateFromFile(path));
    }
}
