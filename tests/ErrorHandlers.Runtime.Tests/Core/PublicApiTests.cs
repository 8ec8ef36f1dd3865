namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>
/// The runtime's public API baseline (<c>runtime/PublicAPI</c>): Microsoft.CodeAnalysis.PublicApiAnalyzers fails the
/// build on a public change the baseline does not list, and the baseline lists every public type this build has, in the
/// files of the frameworks that have it.
/// </summary>
public sealed class PublicApiTests
{
    [Test]
    public void The_baseline_names_every_public_type_of_the_net10_assembly()
    {
        var declared = Baseline("PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt", "net10.0/PublicAPI.Shipped.txt", "net10.0/PublicAPI.Unshipped.txt");

        var types = typeof(Abort).Assembly.GetExportedTypes().Select(type => type.FullName!.Replace('+', '.')).ToList();

        Assert.That(types, Is.Not.Empty);
        Assert.That(types.Where(type => !declared.Contains(type)), Is.Empty);
    }

    [Test]
    public void What_only_net10_has_is_the_OpenAPI_error_responses() =>
        Assert.That(
            Baseline("net10.0/PublicAPI.Unshipped.txt").Where(line => !line.StartsWith('#')).Select(Namespace).Distinct(),
            Is.EqualTo(new[] { "ErrorHandlers.OpenApi" }));

    private static HashSet<string> Baseline(params string[] files) =>
        [.. files.SelectMany(file => File.ReadAllLines(Path.Combine(PublicApiFolder(), file)))];

    /// <summary>The namespace of a baseline line: what comes before its type's name.</summary>
    private static string Namespace(string line)
    {
        var symbol = line.Split(' ').First(part => part.StartsWith("ErrorHandlers.", StringComparison.Ordinal));
        return string.Join('.', symbol.Split('.').Take(2));
    }

    private static string PublicApiFolder() => Path.Combine(RepositoryPaths.Root, "runtime", "PublicAPI");
}
