using System.Collections.Immutable;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0007: a handler that generated code cannot call: not static, generic, or not accessible.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerNotCallableAnalyzer() : ErrorHandlerAnalyzer(Descriptors.HandlerNotCallable)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            var method = handler.Method;
            var (problem, fix) = Problem(method);
            if (problem is not null)
            {
                var properties = fix is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Modifier, fix);
                symbol.ReportDiagnostic(Diagnostic.Create(Rule, method.Locations[0], properties, method.Name, problem));
            }
        });

    private static (string? Problem, string? Fix) Problem(IMethodSymbol method)
    {
        if (method.IsGenericMethod)
        {
            return ("is generic; the table cannot choose its type arguments", null);
        }

        if (method.ContainingType.IsGenericType)
        {
            return ($"is in the generic class '{method.ContainingType.Name}'; move it to a non-generic class", null);
        }

        if (!method.IsStatic)
        {
            return ("is not static; the table calls handlers without an instance", method.IsAbstract || method.IsVirtual || method.IsOverride ? null : DiagnosticProperties.Static);
        }

        if (!IsReachable(method.DeclaredAccessibility))
        {
            return ($"is {Describe(method.DeclaredAccessibility)}; the generated table needs it internal or public", DiagnosticProperties.Internal);
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (!IsReachable(type.DeclaredAccessibility))
            {
                return ($"is in the {Describe(type.DeclaredAccessibility)} class '{type.Name}'; make the class internal or public", null);
            }
        }

        return (null, null);
    }

    private static bool IsReachable(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static string Describe(Accessibility accessibility) =>
        accessibility switch
        {
            Accessibility.Private => "private",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => accessibility.ToString().ToLowerInvariant(),
        };
}
