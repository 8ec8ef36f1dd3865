using System.Runtime.CompilerServices;

namespace ErrorHandlers.TestKit;

/// <summary>Folders of the repository, found from this file's location at build time.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "sample");

    public static string Docs => Path.Combine(Root, "docs");

    private static string FindRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
