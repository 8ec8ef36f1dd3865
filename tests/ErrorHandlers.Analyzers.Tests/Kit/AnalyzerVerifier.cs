using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ErrorHandlers.Analyzers.Tests.Kit;

/// <summary>
/// One rule on marked-up source, through the official test kit: <c>[|text|]</c> where the rule reports,
/// <c>{|EH0001:text|}</c> where a given id does. The kit checks the exact spans, that the source compiles, and its own
/// default checks: nothing is reported in generated code, and a <c>#pragma warning disable</c> suppresses each report.
/// </summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>
    /// The rule's diagnostic (its first descriptor; a rule with other messages lists them after it), for an expectation
    /// that names its location and arguments.
    /// </summary>
    public static DiagnosticResult Diagnostic() => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(new TAnalyzer().SupportedDiagnostics[0]);

    /// <summary>The rule's diagnostic with one of its other messages (<see cref="Descriptors.Variants"/>).</summary>
    public static DiagnosticResult Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor variant) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(variant);

    public static Task VerifyAsync(string markup, params string[] otherSources) => VerifyAsync(markup, [], otherSources);

    /// <summary>As the markup says, plus <paramref name="expected"/>: locations written <c>{|#0:text|}</c>, with messages.</summary>
    public static Task VerifyAsync(string markup, DiagnosticResult[] expected, params string[] otherSources)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = markup, MarkupOptions = MarkupOptions.UseFirstDescriptor };
        test.ExpectedDiagnostics.AddRange(expected);
        foreach (var source in otherSources)
        {
            test.TestState.Sources.Add(source);
        }

        WebProject.Configure(test, test.TestState);
        return test.RunAsync();
    }
}
