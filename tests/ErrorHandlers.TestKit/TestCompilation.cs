using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Compilations of test sources against the assemblies this test process runs on (the trusted platform
/// assemblies: the .NET and ASP.NET Core shared frameworks plus the ErrorHandlers runtime), so nothing is downloaded.
/// </summary>
public static class TestCompilation
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>
    /// The latest language, with the symbols an SDK project defines for the framework the tests run on
    /// (<c>NET8_0_OR_GREATER</c> … <c>NET10_0_OR_GREATER</c>), so that a test program can leave out what .NET 8 lacks.
    /// </summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, preprocessorSymbols: FrameworkSymbols());

    public static CSharpCompilationOptions LibraryOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The assemblies every test compilation references.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The usings of a web project, plus <c>ErrorHandlers</c>, for test programs that leave them out.</summary>
    public const string WebUsings = ImplicitUsings + "\nglobal using ErrorHandlers;\n";

    /// <summary>A compilation of <paramref name="sources"/>, each its own file <c>Source{n}.cs</c>.</summary>
    public static CSharpCompilation Create(string assemblyName, params string[] sources) =>
        Create(assemblyName, [], sources);

    /// <summary>The same, referencing <paramref name="libraries"/> too (such as assemblies compiled by a test).</summary>
    public static CSharpCompilation Create(string assemblyName, IEnumerable<MetadataReference> libraries, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References.AddRange(libraries),
            LibraryOptions);

    /// <summary>
    /// A compilation of every <c>.cs</c> file under a folder, such as the sample's, as its project compiles them: not
    /// those in a subfolder that is a project of its own (the site sample inside the sample's folder).
    /// </summary>
    public static CSharpCompilation FromFolder(string assemblyName, string folder) =>
        CSharpCompilation.Create(
            assemblyName,
            SourceFiles(folder)
                .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), ParseOptions, path: Path.GetRelativePath(folder, path)))
                .Prepend(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, path: "ImplicitUsings.g.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The <c>.cs</c> files the project in <paramref name="folder"/> compiles, in ordinal order.</summary>
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Where(path => !InOtherProject(folder, path))
            .Order(StringComparer.Ordinal);

    private static bool InOtherProject(string root, string path)
    {
        for (var directory = Path.GetDirectoryName(path); directory is not null && directory.Length > root.TrimEnd(Path.DirectorySeparatorChar).Length; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.EnumerateFiles(directory, "*.csproj").Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The assembly <paramref name="compilation"/> compiles to; the test fails with the errors when it does not.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.That(emitted.Success, "the compilation does not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return image.ToArray();
    }

    /// <summary>A reference to the assembly <paramref name="compilation"/> compiles to, as another project would have.</summary>
    public static MetadataReference Reference(Compilation compilation) => MetadataReference.CreateFromImage(Emit(compilation));

    /// <summary>The global usings the Web SDK adds to a project with ImplicitUsings.</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    private static IEnumerable<string> FrameworkSymbols() =>
        Enumerable.Range(5, Environment.Version.Major - 4).Select(version => $"NET{version}_0_OR_GREATER").Prepend("NETCOREAPP").Prepend("NET");

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. paths
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Append(typeof(HttpException).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path))];
    }
}
