using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ErrorHandlers.Generator;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>
/// The generator, the analyzers and the code fixes load into Roslyn 4.8 (Visual Studio 17.8, .NET SDK 8.0.100) and
/// later: read from the built assemblies, none references a Roslyn assembly newer than 4.8.
/// </summary>
public sealed class ReferenceFloorTests
{
    private static readonly Version Floor = new(4, 8, 0, 0);

    public static IEnumerable<TestCaseData> Components() =>
    [
        new TestCaseData(typeof(ErrorHandlerGenerator).Assembly.Location).SetName("ErrorHandlers.Generator"),
        new TestCaseData(typeof(ErrorHandlerAnalyzer).Assembly.Location).SetName("ErrorHandlers.Analyzers"),
        new TestCaseData(typeof(DocumentCodeFix).Assembly.Location).SetName("ErrorHandlers.CodeFixes"),
    ];

    [TestCaseSource(nameof(Components))]
    public void References_no_Roslyn_newer_than_4_8(string path)
    {
        using var file = File.OpenRead(path);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var roslyn = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version))
            .Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();

        Assert.That(roslyn, Is.Not.Empty, "the component references Roslyn");
        Assert.That(roslyn.Where(reference => reference.Version > Floor), Is.Empty);
    }
}
