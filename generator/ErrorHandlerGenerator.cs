using System;
using System.Linq;
using ErrorHandlers.Generator.Emitting;
using ErrorHandlers.Generator.Layout;
using ErrorHandlers.Generator.Model;
using ErrorHandlers.Generator.Parsing;
using ErrorHandlers.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ErrorHandlers.Generator;

/// <summary>Turns every <c>[ErrorHandler]</c> method of a compilation into one precomputed dispatch table.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ErrorHandlerGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var handlers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ErrorHandlerAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (attributed, cancellationToken) => HandlerParser.Parse(attributed, cancellationToken))
            .WithTrackingName(TrackingNames.Handlers)
            .Where(static handler => handler is not null)
            .Collect()
            .Select(static (all, _) => new EquatableArray<HandlerMethod>(
                all.OrderBy(h => h!.DisplayName, StringComparer.Ordinal)
                    .ThenBy(h => string.Join(",", h!.Parameters.Select(p => p.Type)), StringComparer.Ordinal)!))
            .WithTrackingName(TrackingNames.SortedHandlers);

        var imports = context.CompilationProvider
            .Select(static (compilation, _) => new EquatableArray<ImportedHandler>(ImportReader.Read(compilation)))
            .WithTrackingName(TrackingNames.Imports);

        var target = context.CompilationProvider
            .Select(static (compilation, _) => new TableTarget(
                compilation.AssemblyName ?? string.Empty,
                compilation.GetTypeByMetadataName(KnownNames.DispatchTable) is not null,
                compilation.Options.OutputKind == OutputKind.DynamicallyLinkedLibrary))
            .WithTrackingName(TrackingNames.Target);

        var table = handlers.Combine(imports).Combine(target)
            .Select(static (input, _) =>
            {
                var ((own, imported), target) = input;
                return target.ReferencesRuntime ? DispatchTableLayout.Build(target, own, imported) : null;
            })
            .WithTrackingName(TrackingNames.Table);

        context.RegisterSourceOutput(table, static (output, table) =>
        {
            if (table is not null)
            {
                output.AddSource(DispatchTableEmitter.HintName, DispatchTableEmitter.Emit(table));
            }
        });

        // The OpenAPI integration only where the application references Microsoft.AspNetCore.OpenApi itself (.NET 10's,
        // with operation transformers and Microsoft.OpenApi 2's schema references), and the runtime can document.
        var openApi = context.CompilationProvider
            .Select(static (compilation, _) =>
                compilation.GetTypeByMetadataName(KnownNames.ErrorResponseDocumentation) is not null
                && compilation.GetTypeByMetadataName(KnownNames.OpenApiOperationTransformer) is not null
                && compilation.GetTypeByMetadataName(KnownNames.OpenApiSchemaReference) is not null)
            .WithTrackingName(TrackingNames.OpenApi);

        context.RegisterSourceOutput(openApi, static (output, references) =>
        {
            if (references)
            {
                output.AddSource(OpenApiEmitter.HintName, OpenApiEmitter.Source);
            }
        });
    }
}
