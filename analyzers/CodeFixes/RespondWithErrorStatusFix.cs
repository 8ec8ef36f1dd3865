using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ErrorHandlers.CodeFixes;

/// <summary>EH0001: give the response the key's status (or <c>e.StatusCode</c>); wrap a bare string in an HTML result.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RespondWithErrorStatusFix)), Shared]
public sealed class RespondWithErrorStatusFix : DocumentCodeFix
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HandlerRespondsWithSuccess);

    private protected override ImmutableArray<string> Required { get; } = ImmutableArray.Create(DiagnosticProperties.Fix, DiagnosticProperties.Status);

    private protected override string Title(Diagnostic diagnostic) =>
        diagnostic.Properties[DiagnosticProperties.Fix] == DiagnosticProperties.WrapString
            ? $"Return an HTML result with status {diagnostic.Properties[DiagnosticProperties.Status]}"
            : $"Respond with status {diagnostic.Properties[DiagnosticProperties.Status]}";

    private protected override void Fix(SyntaxEditor editor, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var status = ParseExpression(diagnostic.Properties[DiagnosticProperties.Status]!);
        var node = editor.OriginalRoot.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        switch (diagnostic.Properties[DiagnosticProperties.Fix])
        {
            case DiagnosticProperties.AddStatusCode when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation:
                editor.ReplaceNode(invocation, (current, _) => ((InvocationExpressionSyntax)current).AddArgumentListArguments(
                    Argument(NameColon(IdentifierName("statusCode")), default, status)));
                break;
            case DiagnosticProperties.ReplaceStatusCode when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation
                && model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation
                && operation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "statusCode")?.Syntax is ArgumentSyntax argument:
                editor.ReplaceNode(argument.Expression, status.WithTriviaFrom(argument.Expression));
                break;
            case DiagnosticProperties.WrapString when node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method:
                foreach (var value in ReturnedStrings(method, model, cancellationToken))
                {
                    WrapString(editor, value, status);
                }

                editor.ReplaceNode(method, (current, _) => ProducesHtml(ReturnResult((MethodDeclarationSyntax)current), model, method, cancellationToken));
                break;
        }
    }

    /// <summary>
    /// Wrapping a string changes the method's return type, so every string it returns is wrapped at once (each also
    /// carries a diagnostic): fixing one branch of <c>html ? "a" : "b"</c> alone would leave code that does not compile.
    /// </summary>
    private protected override SyntaxNode? SharedTarget(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.Properties[DiagnosticProperties.Fix] == DiagnosticProperties.WrapString
            ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<MethodDeclarationSyntax>()
            : null;

    /// <summary>The string values the method returns: each <c>return</c> and the expression body, conditionals and switch arms split.</summary>
    private static IEnumerable<ExpressionSyntax> ReturnedStrings(MethodDeclarationSyntax method, SemanticModel model, CancellationToken cancellationToken)
    {
        var returned = method.ExpressionBody is { } arrow
            ? new[] { arrow.Expression }
            : method.DescendantNodes(n => n is not (LambdaExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>()
                .Select(r => r.Expression).OfType<ExpressionSyntax>();
        return returned.SelectMany(Branches).Where(e => model.GetTypeInfo(e, cancellationToken).Type?.SpecialType == SpecialType.System_String);
    }

    private static IEnumerable<ExpressionSyntax> Branches(ExpressionSyntax expression) =>
        expression switch
        {
            ParenthesizedExpressionSyntax parenthesized => Branches(parenthesized.Expression),
            ConditionalExpressionSyntax conditional => Branches(conditional.WhenTrue).Concat(Branches(conditional.WhenFalse)),
            SwitchExpressionSyntax switchExpression => switchExpression.Arms.SelectMany(arm => Branches(arm.Expression)),
            AwaitExpressionSyntax => [],
            _ => [expression],
        };

    /// <summary><c>"x"</c> becomes <c>Results.Content("x", "text/html; charset=utf-8", statusCode: 404)</c>.</summary>
    private static void WrapString(SyntaxEditor editor, ExpressionSyntax body, ExpressionSyntax status)
    {
        var results = ParseExpression("global::Microsoft.AspNetCore.Http.Results").WithAdditionalAnnotations(Simplifier.Annotation);
        var content = InvocationExpression(
                MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, results, IdentifierName("Content")),
                ArgumentList(SeparatedList(new[]
                {
                    Argument(body.WithoutTrivia()),
                    Argument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("text/html; charset=utf-8"))),
                    Argument(NameColon(IdentifierName("statusCode")), default, status),
                })))
            .WithTriviaFrom(body);
        editor.ReplaceNode(body, content);
    }

    /// <summary>
    /// A string handler's response is documented as <c>text/html</c> in the OpenAPI document; an <c>IResult</c> says
    /// nothing about its body, so the fix declares it with <c>[Produces("text/html")]</c>, unless the method has one.
    /// </summary>
    private static MethodDeclarationSyntax ProducesHtml(MethodDeclarationSyntax method, SemanticModel model, MethodDeclarationSyntax original, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(original, cancellationToken)?.GetAttributes().Any(a => a.AttributeClass?.Name == "ProducesAttribute") is not false
            || model.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ProducesAttribute") is null)
        {
            return method;
        }

        var produces = Attribute(
            ParseName("global::Microsoft.AspNetCore.Mvc.Produces").WithAdditionalAnnotations(Simplifier.Annotation),
            AttributeArgumentList(SingletonSeparatedList(AttributeArgument(LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("text/html"))))));
        return method.AddAttributeLists(AttributeList(SingletonSeparatedList(produces)).WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary><c>string</c> becomes <c>IResult</c>, <c>Task&lt;string&gt;</c> becomes <c>Task&lt;IResult&gt;</c>; anything else stays.</summary>
    private static MethodDeclarationSyntax ReturnResult(MethodDeclarationSyntax method)
    {
        var result = ParseTypeName("global::Microsoft.AspNetCore.Http.IResult").WithAdditionalAnnotations(Simplifier.Annotation);
        return method.ReturnType switch
        {
            PredefinedTypeSyntax type => method.WithReturnType(result.WithTriviaFrom(type)),
            GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } arguments } generic when arguments[0] is PredefinedTypeSyntax argument =>
                method.WithReturnType(generic.ReplaceNode(argument, result.WithTriviaFrom(argument))),
            _ => method,
        };
    }
}
