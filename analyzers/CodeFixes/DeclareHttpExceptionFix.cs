using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using ErrorHandlers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErrorHandlers.CodeFixes;

/// <summary>
/// EH0005: declares <c>class PaymentRequiredException : HttpException</c> with the code (at the end of the handler's
/// namespace, unless the compilation has a type by that name) and keys the handler by it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareHttpExceptionFix)), Shared]
public sealed class DeclareHttpExceptionFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownStatusCode);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Code, DiagnosticProperties.Class);

    private protected override string Title(Diagnostic diagnostic) =>
        $"Declare {diagnostic.Properties[DiagnosticProperties.Class]} and key the handler by it";

    /// <summary>One blank line between the last member and the new class, in the file's own line endings.</summary>
    private static SyntaxTriviaList BlankLineBefore(SyntaxNode container)
    {
        var newLine = container.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } found ? found : "\n";
        var last = container.GetLastToken();
        return last.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia)
            ? TriviaList(EndOfLine(newLine))
            : TriviaList(EndOfLine(newLine), EndOfLine(newLine));
    }

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var code = diagnostic.Properties[DiagnosticProperties.Code]!;
        var name = diagnostic.Properties[DiagnosticProperties.Class]!;
        var argument = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        editor.ReplaceNode(argument, TypeOfExpression(IdentifierName(name)).WithTriviaFrom(argument));

        var container = argument.Ancestors().FirstOrDefault(a => a is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax);
        if (container is null || model.Compilation.GetSymbolsWithName(name, SymbolFilter.Type, cancellationToken).Any())
        {
            return;
        }

        var declaration = ParseMemberDeclaration($$"""
            /// <summary>The <c>{{code}}</c> error, which has no built-in class in ErrorHandlers.</summary>
            public sealed class {{name}} : global::ErrorHandlers.HttpException
            {
                public {{name}}(string? description = null)
                    : base({{code}}, description)
                {
                }
            }
            """)!.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);

        // Appended to the end of the namespace, once: fix-all declares each class a single time, in order.
        editor.ReplaceNode(container, (current, _) =>
        {
            if (current.DescendantNodes().OfType<ClassDeclarationSyntax>().Any(c => c.Identifier.ValueText == name))
            {
                return current;
            }

            var separated = declaration.WithLeadingTrivia(BlankLineBefore(current).AddRange(declaration.GetLeadingTrivia()));
            return current switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.AddMembers(separated),
                CompilationUnitSyntax unit => unit.AddMembers(separated),
                _ => current,
            };
        });
    }
}
