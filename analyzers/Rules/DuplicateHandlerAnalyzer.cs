using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0004: two handlers for the same key in the same scope, across all classes of the scope and across the class
/// libraries the application references (whose handlers join its table).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.DuplicateHandler)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        var registrations = new ConcurrentBag<Registration>();
        foreach (var export in HandlerExports.Read(context.Compilation))
        {
            registrations.Add(new Registration(export.Scope, export.Key, null, KeyDisplay(export.StatusCode, export.Key), export.Handler));
        }

        OnHandlers(context, known, (_, handler) =>
        {
            if (handler.Scope is { IsValid: false })
            {
                return;
            }

            foreach (var key in handler.Keys.Where(k => k.KeyClass is not null))
            {
                registrations.Add(new Registration(handler.Scope?.Name, key.KeyClass!, key.Location, key.Display, $"{handler.Method.ContainingType.Name}.{handler.Method.Name}"));
            }
        });

        context.RegisterCompilationEndAction(end =>
        {
            foreach (var group in registrations.GroupBy(r => (r.Scope, r.Key), new ScopedKeyComparer()).Where(g => g.Count() > 1))
            {
                var ordered = group
                    .OrderBy(r => r.Location is null ? 1 : 0)
                    .ThenBy(r => r.Location?.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(r => r.Location?.SourceSpan.Start)
                    .ThenBy(r => r.Handler, System.StringComparer.Ordinal)
                    .ToList();
                var where = group.Key.Scope is null ? "the application" : $"scope '{group.Key.Scope}'";
                var local = ordered.Where(r => r.Location is not null).ToList();
                foreach (var registration in local.DefaultIfEmpty(ordered[0]))
                {
                    var other = ordered.First(r => !ReferenceEquals(r, registration));
                    end.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        registration.Location ?? Location.None,
                        local.Where(r => !ReferenceEquals(r, registration)).Select(r => r.Location!),
                        registration.Display,
                        where,
                        registration.Handler,
                        other.Handler == registration.Handler ? $"{other.Handler} again (two of its attributes name this key)" : other.Handler));
                }
            }
        });
    }

    private static string KeyDisplay(int? statusCode, INamedTypeSymbol key) =>
        statusCode is { } code && StatusCodeReader.IsBuiltIn(key) ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : key.Name;

    /// <summary>
    /// A key registered by a handler: in source (with its location, named <c>Class.Method</c>) or exported by a
    /// referenced library (without one, named in full so that the library shows).
    /// </summary>
    private sealed record Registration(string? Scope, INamedTypeSymbol Key, Location? Location, string Display, string Handler);

    private sealed class ScopedKeyComparer : IEqualityComparer<(string? Scope, INamedTypeSymbol Key)>
    {
        public bool Equals((string? Scope, INamedTypeSymbol Key) x, (string? Scope, INamedTypeSymbol Key) y) =>
            x.Scope == y.Scope && SymbolEqualityComparer.Default.Equals(x.Key, y.Key);

        public int GetHashCode((string? Scope, INamedTypeSymbol Key) obj) =>
            ((obj.Scope?.GetHashCode() ?? 0) * 31) + SymbolEqualityComparer.Default.GetHashCode(obj.Key);
    }
}
