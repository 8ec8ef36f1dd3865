namespace ErrorHandlers.TestKit;

/// <summary>
/// A temporary folder, deleted on dispose, for projects a test writes as a user would: each one net10.0 with nullable
/// and implicit usings on, and the items that bring ErrorHandlers in (the packed package, the built assemblies or
/// project references). The package, hot reload, solution and build tests write theirs with it.
/// </summary>
public sealed class ScratchProject : IDisposable
{
    public ScratchProject(string purpose = "scratch")
    {
        Path = Directory.CreateTempSubdirectory($"errorhandlers-{purpose}-").FullName;
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/>, creating its folder.</summary>
    /// <returns>The file's full path.</returns>
    public string Write(string relativePath, string text)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>Writes a project file: <paramref name="sdk"/>, net10.0, nullable and implicit usings, and <paramref name="items"/>.</summary>
    /// <param name="relativePath">Where, ending in <c>.csproj</c>.</param>
    /// <param name="sdk">The project SDK, <c>Microsoft.NET.Sdk.Web</c> for an application.</param>
    /// <param name="items">The item elements, one per line: references, usings.</param>
    /// <returns>The file's full path.</returns>
    public string WriteProject(string relativePath, string sdk, params string[] items) =>
        Write(relativePath, $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", items.Select(item => "    " + item))}
              </ItemGroup>
            </Project>

            """);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
