using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Tests;

/// <summary>The rule catalogue hangs together: ids, descriptors, analyzers, help links, doc pages and release tracking.</summary>
public sealed class DescriptorTests
{
    private static readonly string[] Ids = [.. typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Test]
    public void Ids_are_unique_and_numbered_from_EH0001()
    {
        Assert.That(Ids, Is.Unique);
        Assert.That(Ids.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(1, Ids.Length).Select(n => $"EH{n:0000}")));
    }

    [Test]
    public void Every_id_has_one_descriptor_and_one_analyzer()
    {
        Assert.That(Descriptors.All.Select(d => d.Id), Is.EquivalentTo(Ids));
        var supported = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.That(supported, Is.EquivalentTo(Ids));
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Help_link_names_an_existing_doc_page(DiagnosticDescriptor descriptor)
    {
        Assert.That(descriptor.HelpLinkUri, Is.EqualTo(Descriptors.HelpLink(descriptor.Id)));
        Assert.That(descriptor.HelpLinkUri, Does.EndWith($"/analyzers/docs/{descriptor.Id}.md"));
        var page = Path.Combine(AllAnalyzers.Repository, "analyzers", "docs", descriptor.Id + ".md");
        Assert.That(File.Exists(page), page);
        Assert.That(File.ReadLines(page).First(), Is.EqualTo($"# {descriptor.Id}: {descriptor.Title}"));
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Release_tracking_lists_the_rule_as_it_is(DiagnosticDescriptor descriptor)
    {
        var tracked = File.ReadAllLines(Path.Combine(AllAnalyzers.Repository, "analyzers", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(AllAnalyzers.Repository, "analyzers", "AnalyzerReleases.Shipped.md")))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells[0] == descriptor.Id)
            .ToList();

        Assert.That(tracked, Has.Count.EqualTo(1));
        Assert.That((tracked[0][1], tracked[0][2]), Is.EqualTo((descriptor.Category, descriptor.DefaultSeverity.ToString())));
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void The_rules_table_in_docs_lists_the_rule(DiagnosticDescriptor descriptor) =>
        Assert.That(File.ReadAllText(Path.Combine(AllAnalyzers.Repository, "docs", "rules.md")),
            Does.Contain($"| [{descriptor.Id}](../analyzers/docs/{descriptor.Id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} |"));

    [Test]
    public void Compilation_wide_rules_say_so() =>
        Assert.That(
            Descriptors.All.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(d => d.Id),
            Is.EquivalentTo(new[] { DiagnosticIds.DuplicateHandler, DiagnosticIds.ScopedRoutingHandler, DiagnosticIds.UnknownScope }));

    [Test]
    public void Every_severity_can_be_changed_in_editorconfig() =>
        Assert.That(Descriptors.All.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable) || !d.IsEnabledByDefault), Is.Empty);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => Descriptors.All;
}
