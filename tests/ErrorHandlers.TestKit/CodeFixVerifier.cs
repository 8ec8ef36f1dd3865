using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Verifies a code fix as Microsoft.CodeAnalysis.Testing's <c>CodeFixVerifier</c>: the marked diagnostics are
/// reported, the fix turns the source into exactly the expected text, the result compiles, and the analyzer no
/// longer reports the rule there. Fix-all is verified over a document, a project and a solution.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Applies the fix to the first marked diagnostic and compares the document with <paramref name="after"/>.</summary>
    public static async Task VerifyFixAsync(string before, string after)
    {
        await AnalyzerVerifier<TAnalyzer>.VerifyAsync(before);
        var (source, _) = Markup.Parse(before);
        var (solution, documentIds) = Create([source]);
        var document = solution.GetDocument(documentIds[0])!;
        var diagnostic = (await DiagnosticsAsync(document.Project)).First(d => d.Location.SourceTree?.FilePath == document.FilePath);

        var actions = await ActionsAsync(document, diagnostic);
        Assert.That(actions, Is.Not.Empty, $"no fix offered for {diagnostic}");
        var fixedSolution = await ApplyAsync(actions[0]);

        await AssertFixedAsync(fixedSolution, documentIds, [after], [true]);
    }

    /// <summary>The rule reports the marked diagnostics, and the fix offers nothing for them.</summary>
    public static async Task VerifyNoFixAsync(string markup)
    {
        await AnalyzerVerifier<TAnalyzer>.VerifyAsync(markup);
        var (source, _) = Markup.Parse(markup);
        var (solution, documentIds) = Create([source]);
        var document = solution.GetDocument(documentIds[0])!;
        foreach (var diagnostic in await DiagnosticsAsync(document.Project))
        {
            Assert.That(await ActionsAsync(document, diagnostic), Is.Empty, $"a fix is offered for {diagnostic}");
        }
    }

    /// <summary>Fix-all in <paramref name="scope"/>, started from the first diagnostic of the first document.</summary>
    public static async Task VerifyFixAllAsync(FixAllScope scope, string[] before, string[] after)
    {
        var (solution, documentIds) = Create([.. before.Select(b => Markup.Parse(b).Source)]);
        var document = solution.GetDocument(documentIds[0])!;
        var analyzer = new TAnalyzer();
        var diagnostic = (await DiagnosticsAsync(document.Project)).First(d => d.Location.SourceTree?.FilePath == document.FilePath);
        var fix = new TCodeFix();
        var equivalenceKey = (await ActionsAsync(document, diagnostic))[0].EquivalenceKey;
        var provider = fix.GetFixAllProvider();
        Assert.That(provider, Is.Not.Null, "the fix has no fix-all provider");

        var context = scope == FixAllScope.Document
            ? new FixAllContext(document, fix, scope, equivalenceKey, fix.FixableDiagnosticIds, new AnalyzerDiagnostics(analyzer), CancellationToken.None)
            : new FixAllContext(document.Project, fix, scope, equivalenceKey, fix.FixableDiagnosticIds, new AnalyzerDiagnostics(analyzer), CancellationToken.None);
        var action = await provider!.GetFixAsync(context);
        Assert.That(action, Is.Not.Null, "fix-all produced no action");

        var changed = before.Zip(after, (b, a) => Markup.Parse(b).Source.ReplaceLineEndings("\n") != a.ReplaceLineEndings("\n")).ToList();
        await AssertFixedAsync(await ApplyAsync(action!), documentIds, after, changed);
    }

    /// <summary>Every document reads as expected and compiles; in those the fix was to change, the rule reports no more.</summary>
    private static async Task AssertFixedAsync(Solution solution, IReadOnlyList<DocumentId> documentIds, IReadOnlyList<string> after, IReadOnlyList<bool> changed)
    {
        for (var i = 0; i < documentIds.Count; i++)
        {
            var document = solution.GetDocument(documentIds[i])!;
            var text = (await document.GetTextAsync()).ToString();
            Assert.That(text.ReplaceLineEndings("\n"), Is.EqualTo(after[i].ReplaceLineEndings("\n")), $"document {i + 1} after the fix");

            var compilation = (await document.Project.GetCompilationAsync())!;
            AnalyzerVerifier<TAnalyzer>.AssertCompiles(compilation);
            if (changed[i])
            {
                var remaining = (await AnalyzerRunner.RunAsync(compilation, new TAnalyzer()))
                    .Where(d => new TCodeFix().FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree?.FilePath == document.FilePath);
                Assert.That(remaining, Is.Empty, "the rule still reports after the fix:\n" + AnalyzerRunner.Describe(remaining));
            }
        }
    }

    /// <summary>One project per source for several sources (so solution scope differs from project scope), plus the usings.</summary>
    private static (Solution Solution, IReadOnlyList<DocumentId> Documents) Create(IReadOnlyList<string> sources)
    {
        var solution = new AdhocWorkspace().CurrentSolution;
        var documents = new List<DocumentId>();
        for (var i = 0; i < sources.Count; i++)
        {
            var projectId = ProjectId.CreateNewId();
            solution = solution
                .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, $"Project{i}", $"Project{i}", LanguageNames.CSharp,
                    compilationOptions: TestCompilation.LibraryOptions, parseOptions: TestCompilation.ParseOptions, metadataReferences: TestCompilation.References))
                .AddDocument(DocumentId.CreateNewId(projectId), "Usings.cs", SourceText.From(TestCompilation.WebUsings), filePath: "Usings.cs");
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "Source1.cs", SourceText.From(sources[i]), filePath: $"Project{i}/Source1.cs");
            documents.Add(documentId);
        }

        return (solution, documents);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project) =>
        await AnalyzerRunner.RunAsync((await project.GetCompilationAsync())!, new TAnalyzer());

    private static async Task<IReadOnlyList<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await new TCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    /// <summary>What fix-all asks for: the analyzer's diagnostics in a document or a project.</summary>
    private sealed class AnalyzerDiagnostics(DiagnosticAnalyzer analyzer) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            (await AllAsync(document.Project)).Where(d => d.Location.SourceTree?.FilePath == document.FilePath);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            await AllAsync(project);

        private async Task<ImmutableArray<Diagnostic>> AllAsync(Project project) =>
            await AnalyzerRunner.RunAsync((await project.GetCompilationAsync())!, analyzer);
    }
}
