using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ErrorHandlers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.CodeFixes;

/// <summary>EH0007: makes a handler <c>static</c> (when its body uses no instance member) or <c>internal</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeHandlerCallableFix)), Shared]
public sealed class MakeHandlerCallableFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HandlerNotCallable);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Modifier);

    private protected override string Title(Diagnostic diagnostic) =>
        $"Make the handler {diagnostic.Properties[DiagnosticProperties.Modifier]}";

    private protected override async Task<bool> CanFixAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!await base.CanFixAsync(document, diagnostic, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (diagnostic.Properties[DiagnosticProperties.Modifier] != DiagnosticProperties.Static)
        {
            return true;
        }

        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method || model is null)
        {
            return false;
        }

        SyntaxNode? body = method.Body ?? (SyntaxNode?)method.ExpressionBody;
        return body is not null
            && model.GetOperation(body, cancellationToken) is { } operation
            && !operation.DescendantsAndSelf().Any(o => o is IInstanceReferenceOperation);
    }

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
        {
            return;
        }

        var generator = editor.Generator;
        editor.ReplaceNode(method, (current, _) =>
            diagnostic.Properties[DiagnosticProperties.Modifier] == DiagnosticProperties.Static
                ? generator.WithModifiers(current, generator.GetModifiers(current).WithIsStatic(true))
                : generator.WithAccessibility(current, Accessibility.Internal));
    }
}
