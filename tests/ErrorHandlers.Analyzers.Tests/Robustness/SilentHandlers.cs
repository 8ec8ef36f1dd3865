using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ErrorHandlers.Analyzers.Tests.Robustness;

/// <summary>
/// Handlers the table leaves out in silence. Every method with an <c>[ErrorHandler]</c> attribute that the generated code
/// does not call must have an EH diagnostic within its declaration (attributes included), or a compiler error that
/// already tells the user: in the method, or in the name of a class or namespace around it (the table cannot name a
/// method of <c>namespace ;</c>).
/// </summary>
internal static partial class SilentHandlers
{
    /// <summary>Each silent handler, with its file and line.</summary>
    public static IReadOnlyList<string> In(GeneratorRun run, Compilation compilation, ImmutableArray<Diagnostic> diagnostics)
    {
        var called = run.Result.GeneratedSources
            .SelectMany(generated => CalledMethod().Matches(generated.SourceText.ToString()))
            .Select(call => call.Groups["method"].Value)
            .ToHashSet(StringComparer.Ordinal);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var silent = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().Where(node => node is MethodDeclarationSyntax or LocalFunctionStatementSyntax))
            {
                if (model.GetDeclaredSymbol(declaration) is not IMethodSymbol method
                    || !method.GetAttributes().Any(IsErrorHandlerAttribute)
                    || called.Contains(method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + method.Name))
                {
                    continue;
                }

                bool Within(Diagnostic diagnostic) =>
                    diagnostic.Location.SourceTree == tree && declaration.FullSpan.Contains(diagnostic.Location.SourceSpan);
                bool AroundIt(Diagnostic diagnostic) =>
                    diagnostic.Location.SourceTree == tree && InEnclosingName(declaration, diagnostic.Location.SourceSpan);
                if (!diagnostics.Any(Within) && !errors.Any(error => Within(error) || AroundIt(error)))
                {
                    silent.Add($"{method} at {declaration.GetLocation().GetLineSpan()}");
                }
            }
        }

        return silent;
    }

    /// <summary>In a class or namespace around <paramref name="declaration"/>, outside all of its members.</summary>
    private static bool InEnclosingName(SyntaxNode declaration, TextSpan span) =>
        declaration.Ancestors().Any(ancestor => ancestor switch
        {
            TypeDeclarationSyntax type => type.Span.Contains(span) && !type.Members.Any(member => member.FullSpan.Contains(span)),
            BaseNamespaceDeclarationSyntax space => space.Span.Contains(span) && !space.Members.Any(member => member.FullSpan.Contains(span)),
            _ => false,
        });

    private static bool IsErrorHandlerAttribute(AttributeData attribute) =>
        attribute.AttributeClass is { Name: "ErrorHandlerAttribute", ContainingNamespace.Name: "ErrorHandlers" };

    /// <summary>A call in the generated code: <c>global::Shop.Errors.NotFound(</c>.</summary>
    [GeneratedRegex(@"(?<method>global::[\w.]+)\(")]
    private static partial Regex CalledMethod();
}
