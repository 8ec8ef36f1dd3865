using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErrorHandlers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErrorHandlers.CodeFixes;

/// <summary>EH0003: a fixed status in an HttpException handler becomes <c>e.StatusCode</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseExceptionStatusCodeFix)), Shared]
public sealed class UseExceptionStatusCodeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.FixedStatusForHttpException);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Status);

    private protected override string Title(Diagnostic diagnostic) => $"Use {diagnostic.Properties[DiagnosticProperties.Status]}";

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var constant = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        editor.ReplaceNode(constant, ParseExpression(diagnostic.Properties[DiagnosticProperties.Status]!).WithTriviaFrom(constant));
    }
}
