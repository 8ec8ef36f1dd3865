using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ErrorHandlers.Analyzers.Tests.Kit;

/// <summary>
/// A code fix through the official test kit: the marked diagnostics are reported, the fix turns the source into exactly
/// the expected text, which compiles and no longer reports the rule; fix-all reaches the same text in a document, a
/// project and the solution, in the number of iterations each scope takes.
/// </summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyFixAsync(string before, string after) =>
        Create([before], [after]).RunAsync();

    /// <summary>The rule reports the marked diagnostics, and the fix offers nothing for them.</summary>
    public static Task VerifyNoFixAsync(string markup) => Create([markup], [markup]).RunAsync();

    /// <summary>
    /// Each source is a project of its own, so that a document, a project and the solution are three scopes. Fix-all
    /// in a document takes one pass per document with a diagnostic, in a project one per project, in the solution one.
    /// </summary>
    public static Task VerifyFixAllAsync(string[] before, string[] after)
    {
        var test = Create(before, after);
        var projects = before.Zip(after).Count(pair => pair.First != pair.Second);
        test.NumberOfFixAllInDocumentIterations = projects;
        test.NumberOfFixAllInProjectIterations = projects;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    private static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string[] before, string[] after)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { TestCode = before[0], FixedCode = after[0], MarkupOptions = MarkupOptions.UseFirstDescriptor };
        for (var i = 1; i < before.Length; i++)
        {
            test.TestState.AdditionalProjects[$"Project{i}"].Sources.Add(before[i]);
            test.FixedState.AdditionalProjects[$"Project{i}"].Sources.Add(after[i]);
        }

        WebProject.Configure(test, test.TestState, test.FixedState);
        if (new TAnalyzer().SupportedDiagnostics.Any(rule => rule.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)))
        {
            // A rule that needs the whole compilation reports when analysis ends, so its diagnostics are not local to a
            // document; the IDE offers their fixes from the error list, after full analysis.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        }

        return test;
    }
}
