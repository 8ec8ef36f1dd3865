using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using ErrorHandlers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErrorHandlers.CodeFixes;

/// <summary>EH0008: gives the exception parameter the key's type.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ChangeExceptionParameterTypeFix)), Shared]
public sealed class ChangeExceptionParameterTypeFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExceptionParameter);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Type);

    private protected override string Title(Diagnostic diagnostic) =>
        $"Change the parameter type to {diagnostic.Properties[DiagnosticProperties.Type]!.Replace("global::", string.Empty)}";

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ParameterSyntax>() is { Type: { } type })
        {
            editor.ReplaceNode(type, ParseTypeName(diagnostic.Properties[DiagnosticProperties.Type]!).WithTriviaFrom(type).WithAdditionalAnnotations(Simplifier.Annotation));
        }
    }
}
