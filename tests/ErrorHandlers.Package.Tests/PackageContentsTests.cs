using System.IO.Compression;
using System.Reflection.Metadata;
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

    /// <summary>
    /// The symbols travel in a <c>.snupkg</c>: one PDB per target framework, the sources' paths mapped to <c>/_/</c> by the
    /// CI build, and the sources that are not in the repository (generated at build time) embedded, so that a debugger
    /// finds every file.
    /// </summary>
    [TestCase("net8.0")]
    [TestCase("net10.0")]
    public void Symbols_travel_in_a_snupkg_with_mapped_paths_and_the_untracked_sources_embedded(string framework)
    {
        var embeddedSource = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        using var symbols = ZipFile.OpenRead(PackedPackage.Symbols);
        using var pdb = new MemoryStream();
        using (var entry = symbols.GetEntry($"lib/{framework}/ErrorHandlers.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
        var embedded = reader.CustomDebugInformation
            .Select(handle => reader.GetCustomDebugInformation(handle))
            .Where(information => reader.GetGuid(information.Kind) == embeddedSource && information.Parent.Kind == HandleKind.Document)
            .Select(information => reader.GetString(reader.GetDocument((DocumentHandle)information.Parent).Name))
            .ToList();

        Assert.That(documents, Has.Some.EndWith("/runtime/Abort.cs"));
        Assert.That(documents, Has.All.StartWith("/_/"), "a CI build maps the sources' paths");
        Assert.That(embedded, Is.Not.Empty.And.All.Contain("/artifacts/obj/"), "only the sources generated at build time are embedded");
    }

    [Test]
    public void The_package_names_its_repository_and_the_commit_it_was_packed_from()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Package);
        using var nuspec = package.GetEntry("ErrorHandlers.nuspec")!.Open();
        var repository = XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "repository");

        Assert.That(repository.Attribute("url")?.Value, Is.EqualTo("https://github.com/errorhandlers/errorhandlers"));
        Assert.That(repository.Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"));
    }
}
