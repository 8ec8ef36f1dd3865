using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace ErrorHandlers.CodeFixes;

/// <summary>
/// The shape of every fix here: one code action per diagnostic, and a fix-all (document, project, solution) that
/// applies the same edits for all of a document's diagnostics in one syntax editor, so edits to a shared node
/// (a method's return type, a class declared once) are made once.
/// </summary>
public abstract class DocumentCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var fixable = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                if (await CanFixAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false))
                {
                    fixable.Add(diagnostic);
                }
            }

            return await FixAsync(document, fixable.ToImmutable(), context.CancellationToken).ConfigureAwait(false);
        });

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await CanFixAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(diagnostic),
                        cancellationToken => FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken),
                        diagnostic.Id),
                    diagnostic);
            }
        }
    }

    /// <summary>Whether this diagnostic carries what the fix needs; by default, every property of <see cref="Required"/>.</summary>
    private protected virtual Task<bool> CanFixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken) =>
        Task.FromResult(Required.All(diagnostic.Properties.ContainsKey));

    /// <summary>The properties a diagnostic must carry for the fix to apply.</summary>
    private protected abstract ImmutableArray<string> Required { get; }

    private protected abstract string Title(Diagnostic diagnostic);

    private protected abstract void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>
    /// A node that fixing this diagnostic rewrites as a whole, together with every other diagnostic inside it (a method
    /// whose return type changes): of the diagnostics that share one, only the first is fixed. Null by default.
    /// </summary>
    private protected virtual SyntaxNode? SharedTarget(SyntaxNode root, Diagnostic diagnostic) => null;

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        var shared = new HashSet<SyntaxNode>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (SharedTarget(root, diagnostic) is not { } target || shared.Add(target))
            {
                Fix(editor, model, diagnostic, cancellationToken);
            }
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
