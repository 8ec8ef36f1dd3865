using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErrorHandlers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErrorHandlers.CodeFixes;

/// <summary>EH0013: renames an unknown scope to the declared one nearest to it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseDeclaredScopeFix)), Shared]
public sealed class UseDeclaredScopeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownScope);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Suggestion);

    private protected override string Title(Diagnostic diagnostic) => $"Use scope '{diagnostic.Properties[DiagnosticProperties.Suggestion]}'";

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var name = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        editor.ReplaceNode(name, LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(diagnostic.Properties[DiagnosticProperties.Suggestion]!)).WithTriviaFrom(name));
    }
}
