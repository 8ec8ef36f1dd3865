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
        var ruleOfEachAnalyzer = AllAnalyzers.Create().Select(a => a.SupportedDiagnostics.Select(d => d.Id).Distinct().Single()).ToList();
        Assert.That(ruleOfEachAnalyzer, Is.EquivalentTo(Ids));
    }

    /// <summary>A rule's other messages are the rule: only the message differs, and its analyzer declares each.</summary>
    [TestCaseSource(nameof(Variants))]
    public void A_variant_differs_from_its_rule_in_its_message_only(DiagnosticDescriptor variant)
    {
        var rule = Descriptors.All.Single(d => d.Id == variant.Id);

        Assert.That(variant.MessageFormat.ToString(), Is.Not.EqualTo(rule.MessageFormat.ToString()));
        Assert.That(
            (variant.Title.ToString(), variant.Category, variant.DefaultSeverity, variant.IsEnabledByDefault, variant.Description.ToString(), variant.HelpLinkUri),
            Is.EqualTo((rule.Title.ToString(), rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault, rule.Description.ToString(), rule.HelpLinkUri)));
        Assert.That(AllAnalyzers.Create().Count(a => a.SupportedDiagnostics.Contains(variant)), Is.EqualTo(1));
    }

    /// <summary>The help link, read as the repository's address, is the rule's page, whose heading is the rule's title.</summary>
    [TestCaseSource(nameof(AllDescriptors))]
    public void Help_link_names_an_existing_doc_page(DiagnosticDescriptor descriptor)
    {
        const string Blob = "/blob/main/";
        Assert.That(descriptor.HelpLinkUri, Does.StartWith("https://github.com/").And.Contain(Blob));
        var path = descriptor.HelpLinkUri[(descriptor.HelpLinkUri.IndexOf(Blob, StringComparison.Ordinal) + Blob.Length)..];
        var page = Path.Combine(RepositoryPaths.Root, path);
        Assert.That(page, Does.Exist);
        Assert.That(Path.GetFileName(page), Is.EqualTo(descriptor.Id + ".md"));
        Assert.That(File.ReadLines(page).First(), Is.EqualTo($"# {descriptor.Id}: {descriptor.Title}"));
    }

    /// <summary>The rule's page says its severity and category, and they are the rule's.</summary>
    [TestCaseSource(nameof(AllDescriptors))]
    public void The_rule_page_states_the_rules_severity_and_category(DiagnosticDescriptor descriptor)
    {
        var rows = File.ReadLines(Path.Combine(RepositoryPaths.Root, "analyzers", "docs", descriptor.Id + ".md"))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 4)
            .ToDictionary(cells => cells[1], cells => cells[2]);

        Assert.That((rows["Severity"], rows["Category"]), Is.EqualTo((descriptor.DefaultSeverity.ToString(), descriptor.Category)));
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void Release_tracking_lists_the_rule_as_it_is(DiagnosticDescriptor descriptor)
    {
        var tracked = ReleaseEntries(descriptor.Id);

        Assert.That(tracked, Has.Count.EqualTo(1));
        Assert.That((tracked[0][1], tracked[0][2]), Is.EqualTo((descriptor.Category, descriptor.DefaultSeverity.ToString())));
    }

    [TestCaseSource(nameof(AllDescriptors))]
    public void The_rules_table_in_docs_lists_the_rule(DiagnosticDescriptor descriptor) =>
        Assert.That(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules.md")),
            Does.Contain($"| [{descriptor.Id}](../analyzers/docs/{descriptor.Id}.md) | {descriptor.Title} | {descriptor.DefaultSeverity} |"));

    [Test]
    public void Compilation_wide_rules_say_so() =>
        Assert.That(
            Descriptors.All.Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)).Select(d => d.Id),
            Is.EquivalentTo(new[] { DiagnosticIds.DuplicateHandler, DiagnosticIds.ScopedRoutingHandler, DiagnosticIds.UnknownScope }));

    [Test]
    public void Every_severity_can_be_changed_in_editorconfig() =>
        Assert.That(Descriptors.All.Concat(Descriptors.Variants).Where(d => d.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable)), Is.Empty);

    /// <summary>
    /// A rule is on by default exactly when its release entry gives it a severity (release tracking writes
    /// <c>Disabled</c> for a rule that is off until enabled in <c>.editorconfig</c>).
    /// </summary>
    [TestCaseSource(nameof(AllDescriptors))]
    public void A_rule_is_on_by_default_as_its_release_entry_says(DiagnosticDescriptor descriptor)
    {
        var severity = ReleaseEntries(descriptor.Id).Single()[2];

        Assert.That(descriptor.IsEnabledByDefault, Is.EqualTo(severity != "Disabled"), severity);
    }

    /// <summary>The rows of the release files (unshipped, then shipped) for one id, as cells: id, category, severity, notes.</summary>
    private static List<string[]> ReleaseEntries(string id) =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "analyzers", "AnalyzerReleases.Unshipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "analyzers", "AnalyzerReleases.Shipped.md")))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells[0] == id)];

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() => Descriptors.All;

    private static IEnumerable<DiagnosticDescriptor> Variants() => Descriptors.Variants;
}
