using System.Collections.Generic;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;

namespace ErrorHandlers.Generator.Parsing;

/// <summary>Reads the handlers referenced assemblies export into models the emitter can place in this table.</summary>
internal static class ImportReader
{
    public static IEnumerable<ImportedHandler> Read(Compilation compilation)
    {
        foreach (var export in HandlerExports.Read(compilation))
        {
            // A key class internal to its library cannot be tested for here; the library's own table still uses it.
            if (!compilation.IsSymbolAccessibleWithin(export.Key, compilation.Assembly))
            {
                continue;
            }

            yield return new ImportedHandler(
                export.Member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + export.Member.Name,
                export.Handler,
                export.Scope,
                new HandlerKey(
                    export.Key.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    export.StatusCode,
                    HandlerParser.Depth(export.Key),
                    export.CodeFromInstance));
        }
    }
}
