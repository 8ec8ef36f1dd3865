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
/// EH0005: declares <c>class PaymentRequiredException : HttpException</c> with the code (after the handler's class,
/// unless the compilation has one by that name) and keys the handler by it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareHttpExceptionFix)), Shared]
public sealed class DeclareHttpExceptionFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownStatusCode);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Code, DiagnosticProperties.Class);

    private protected override string Title(Diagnostic diagnostic) =>
        $"Declare {diagnostic.Properties[DiagnosticProperties.Class]} and key the handler by it";

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var code = diagnostic.Properties[DiagnosticProperties.Code]!;
        var name = diagnostic.Properties[DiagnosticProperties.Class]!;
        var argument = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        editor.ReplaceNode(argument, TypeOfExpression(IdentifierName(name)).WithTriviaFrom(argument));

        var outermost = argument.Ancestors().OfType<BaseTypeDeclarationSyntax>().LastOrDefault();
        var declared = model.Compilation.GetSymbolsWithName(name, SymbolFilter.Type, cancellationToken).Any()
            || editor.GetChangedRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Any(c => c.Identifier.ValueText == name);
        if (outermost is null || declared)
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
            """)!;
        editor.InsertAfter(outermost, declaration.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation));
    }
}
