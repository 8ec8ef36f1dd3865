using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErrorHandlers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErrorHandlers.CodeFixes;

/// <summary>EH0002: <c>if (e is HttpException http) return http;</c> as the catch-all's first statement.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PassHttpExceptionsThroughFix)), Shared]
public sealed class PassHttpExceptionsThroughFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CatchAllHandler);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Parameter);

    private protected override string Title(Diagnostic diagnostic) => "Pass HttpExceptions through";

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
        {
            return;
        }

        var parameter = diagnostic.Properties[DiagnosticProperties.Parameter];
        var bodyStart = (method.Body ?? (SyntaxNode?)method.ExpressionBody)!.SpanStart;
        var local = model.LookupSymbols(bodyStart, name: "http").IsEmpty ? "http" : "httpException";
        var passThrough = ParseStatement($"if ({parameter} is global::ErrorHandlers.HttpException {local}) return {local};")
            .WithTrailingTrivia(ElasticMarker)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

        editor.ReplaceNode(method, (current, _) =>
        {
            var declaration = (MethodDeclarationSyntax)current;
            var body = declaration.Body is { } block
                ? block.WithStatements(block.Statements.Insert(0, passThrough))
                : Block(passThrough, ReturnStatement(declaration.ExpressionBody!.Expression.WithoutTrivia()));
            return declaration
                .WithExpressionBody(null)
                .WithSemicolonToken(default)
                .WithBody(body)
                .WithAdditionalAnnotations(Formatter.Annotation);
        });
    }
}
