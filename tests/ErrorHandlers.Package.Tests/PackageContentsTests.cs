using System.IO.Compression;
using System.Xml.Linq;

namespace ErrorHandlers.Package.Tests;

/// <summary>What <c>dotnet pack</c> puts in the ErrorHandlers package.</summary>
[Category("Slow")]
public sealed class PackageContentsTests
{
    [Test]
    public void Runtime_in_lib_and_the_Roslyn_components_in_analyzers()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Package);

        Assert.That(package.Entries.Select(e => e.FullName), Is.SupersetOf(new[]
        {
            "lib/net8.0/ErrorHandlers.dll",
            "lib/net8.0/ErrorHandlers.xml",
            "lib/net10.0/ErrorHandlers.dll",
            "lib/net10.0/ErrorHandlers.xml",
            "analyzers/dotnet/cs/ErrorHandlers.Generator.dll",
            "analyzers/dotnet/cs/ErrorHandlers.Analyzers.dll",
            "analyzers/dotnet/cs/ErrorHandlers.CodeFixes.dll",
            "README.md",
        }));
        Assert.That(package.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal)).Select(e => e.Name),
            Has.None.Contains("CodeAnalysis"), "Roslyn itself is the compiler's, never the package's");
    }

    [Test]
    public void The_only_dependency_is_the_ASP_NET_Core_framework_and_the_metadata_is_complete()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Package);
        using var nuspec = package.GetEntry("ErrorHandlers.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        var dependencies = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements()
            .ToDictionary(group => group.Attribute("targetFramework")!.Value, group => group.Elements().Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}").ToArray());
        Assert.That(dependencies, Is.EqualTo(new Dictionary<string, string[]>
        {
            ["net8.0"] = [],
            ["net10.0"] = [],
        }), "an application that serves no OpenAPI document gets no OpenAPI package (docs/openapi.md)");
        Assert.That(metadata.Descendants().Where(e => e.Name.LocalName == "frameworkReference").Select(e => e.Attribute("name")!.Value).Distinct(),
            Is.EqualTo(new[] { "Microsoft.AspNetCore.App" }));
        Assert.That(Value("id"), Is.EqualTo("ErrorHandlers"));
        Assert.That(Value("license"), Is.EqualTo("MIT"));
        Assert.That(Value("readme"), Is.EqualTo("README.md"));
        Assert.That(Value("tags"), Does.Contain("source-generator"));
        Assert.That(Value("description"), Is.Not.Empty);
    }
}
