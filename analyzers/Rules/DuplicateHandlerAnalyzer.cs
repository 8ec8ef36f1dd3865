using System.Collections.Concurrent;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0004: two handlers for the same key in the same scope, across all classes of the scope.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.DuplicateHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        var registrations = new ConcurrentBag<(string? Scope, INamedTypeSymbol Key, HandlerKey Written, IMethodSymbol Method)>();
        OnHandlers(context, known, (_, handler) =>
        {
            if (handler.Scope is { IsValid: false })
            {
                return;
            }

            foreach (var key in handler.Keys.Where(k => k.KeyClass is not null))
            {
                registrations.Add((handler.Scope?.Name, key.KeyClass!, key, handler.Method));
            }
        });

        context.RegisterCompilationEndAction(end =>
        {
            var duplicates = registrations
                .GroupBy(r => (r.Scope, r.Key), r => r, new ScopedKeyComparer())
                .Where(g => g.Count() > 1);
            foreach (var group in duplicates)
            {
                var ordered = group.OrderBy(r => r.Written.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(r => r.Written.Location.SourceSpan.Start)
                    .ToList();
                var where = group.Key.Scope is null ? "the application" : $"scope '{group.Key.Scope}'";
                foreach (var registration in ordered)
                {
                    var other = ordered.First(r => !ReferenceEquals(r.Written, registration.Written));
                    end.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        registration.Written.Location,
                        ordered.Where(r => !ReferenceEquals(r.Written, registration.Written)).Select(r => r.Written.Location),
                        registration.Written.Display,
                        where,
                        Name(registration.Method),
                        Name(other.Method)));
                }
            }
        });
    }

    private static string Name(IMethodSymbol method) => $"{method.ContainingType.Name}.{method.Name}";

    private sealed class ScopedKeyComparer : System.Collections.Generic.IEqualityComparer<(string? Scope, INamedTypeSymbol Key)>
    {
        public bool Equals((string? Scope, INamedTypeSymbol Key) x, (string? Scope, INamedTypeSymbol Key) y) =>
            x.Scope == y.Scope && SymbolEqualityComparer.Default.Equals(x.Key, y.Key);

        public int GetHashCode((string? Scope, INamedTypeSymbol Key) obj) =>
            ((obj.Scope?.GetHashCode() ?? 0) * 31) + SymbolEqualityComparer.Default.GetHashCode(obj.Key);
    }
}
