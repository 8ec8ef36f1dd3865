using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// EH0017: a handler keyed by an exception class that the runtime converts or answers before any lookup, so the handler
/// never runs in any project: <c>BadHttpRequestException</c> (dispatched as the built-in class of its status code) and
/// Kestrel's <c>ConnectionResetException</c> (a client that is gone), subclasses included.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreachableHandlerAnalyzer() : ErrorHandlerAnalyzer(Descriptors.UnreachableHandler)
{
    private const string BadHttpRequest = "Microsoft.AspNetCore.Http.BadHttpRequestException";
    private const string ConnectionReset = "Microsoft.AspNetCore.Connections.ConnectionResetException";

    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known)
    {
        var converted = new[]
        {
            (Type: context.Compilation.GetTypeByMetadataName(BadHttpRequest),
                Reason: "ErrorHandlers dispatches it as the built-in exception of its status code (400, 413, 415, …) with the original as InnerException; key the handler by that code"),
            (Type: context.Compilation.GetTypeByMetadataName(ConnectionReset),
                Reason: "it means the client disconnected, and no handler runs for a client that is gone"),
        }.Where(c => c.Type is not null).ToArray();
        if (converted.Length == 0)
        {
            return;
        }

        OnHandlers(context, known, (symbol, handler) =>
        {
            foreach (var key in handler.Keys)
            {
                if (key.KeyClass is { } keyClass && converted.FirstOrDefault(c => KnownSymbols.InheritsFrom(keyClass, c.Type!)) is { Type: not null } match)
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(Rule, key.Location, keyClass.Name, match.Reason));
                }
            }
        });
    }
}
