using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Generator.Shared;

/// <summary>
/// Finds the status code of an <c>HttpException</c> class at compile time: a built-in class's code, a constant
/// <c>StatusCode</c> override, or the constant every constructor passes to <c>HttpException</c>'s.
/// The analyzers link this file, so both read codes the same way.
/// </summary>
internal static class StatusCodeReader
{
    private static readonly ArgumentListSyntax EmptyArguments = SyntaxFactory.ArgumentList();

    /// <summary>The code, or null for <c>HttpException</c> itself, non-HTTP exceptions and classes whose code is not constant.</summary>
    public static int? Read(INamedTypeSymbol type, INamedTypeSymbol httpException, Compilation compilation, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, httpException))
            {
                return null;
            }

            if (ConstantOverride(current, compilation, cancellationToken) is { } overridden)
            {
                return overridden;
            }

            if (IsBuiltIn(current))
            {
                return KnownHttpExceptions.StatusCode(current.Name);
            }

            if (SymbolEqualityComparer.Default.Equals(current.BaseType, httpException))
            {
                return ConstantFromConstructors(current, compilation, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>One of the runtime's built-in classes (not a user class that happens to share a name).</summary>
    public static bool IsBuiltIn(INamedTypeSymbol type) =>
        type.ContainingAssembly?.Name == KnownNames.RuntimeAssembly
        && type.ContainingNamespace?.ToDisplayString() == KnownHttpExceptions.Namespace
        && KnownHttpExceptions.StatusCode(type.Name) is not null;

    private static int? ConstantOverride(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var property = type.GetMembers("StatusCode").OfType<IPropertySymbol>().FirstOrDefault(p => p.IsOverride);
        if (property is null)
        {
            return null;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            var expression = reference.GetSyntax(cancellationToken) switch
            {
                PropertyDeclarationSyntax { ExpressionBody: { } body } => body.Expression,
                PropertyDeclarationSyntax { AccessorList: { } accessors } => accessors.Accessors
                    .FirstOrDefault(a => a.Keyword.ValueText == "get") switch
                    {
                        { ExpressionBody: { } body } => body.Expression,
                        { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } returned } => returned,
                        _ => null,
                    },
                _ => null,
            };

            if (expression is not null)
            {
                return ConstantInt(expression, compilation, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>A class directly on <c>HttpException</c>: every constructor must pass the same constant code.</summary>
    private static int? ConstantFromConstructors(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var codes = new HashSet<int?>();
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                var baseArguments = reference.GetSyntax(cancellationToken) switch
                {
                    ConstructorDeclarationSyntax { Initializer: { } initializer } when initializer.ThisOrBaseKeyword.ValueText == "this" => null,
                    ConstructorDeclarationSyntax declaration => declaration.Initializer?.ArgumentList ?? EmptyArguments,
                    TypeDeclarationSyntax primary => primary.BaseList?.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault()?.ArgumentList
                        ?? EmptyArguments,
                    _ => null,
                };

                if (baseArguments is null)
                {
                    continue;
                }

                var argument = baseArguments.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "statusCode")
                    ?? baseArguments.Arguments.FirstOrDefault(a => a.NameColon is null);
                codes.Add(argument is null ? null : ConstantInt(argument.Expression, compilation, cancellationToken));
            }
        }

        return codes.Count == 1 ? codes.Single() : null;
    }

    private static int? ConstantInt(ExpressionSyntax expression, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(expression.SyntaxTree))
        {
            return null;
        }

        var constant = compilation.GetSemanticModel(expression.SyntaxTree).GetConstantValue(expression, cancellationToken);
        return constant is { HasValue: true, Value: int code } ? code : null;
    }
}
