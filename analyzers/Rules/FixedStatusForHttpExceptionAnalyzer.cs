using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0003: a handler keyed by <c>HttpException</c> that answers with a fixed error status.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FixedStatusForHttpExceptionAnalyzer() : ErrorHandlerAnalyzer(Descriptors.FixedStatusForHttpException)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlerBodies(context, known, (block, handler) =>
        {
            if (!handler.Keys.Any(k => SymbolEqualityComparer.Default.Equals(k.KeyClass, known.HttpException)))
            {
                return;
            }

            foreach (var value in HandlerBody.ReturnedValues(block.OperationBlocks))
            {
                var returned = ReturnedStatus.Of(value, known);
                if (returned.Source is not (StatusSource.Constant or StatusSource.Fixed) || returned.StatusCode < 400)
                {
                    continue;
                }

                var location = (returned.StatusArgument?.Value ?? returned.Invocation!).Syntax.GetLocation();
                var properties = returned.StatusArgument is not null && handler.ExceptionParameter is { } parameter
                    ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Status, parameter.Name + ".StatusCode")
                    : ImmutableDictionary<string, string?>.Empty;
                block.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, returned.StatusCode.ToString(CultureInfo.InvariantCulture)));
            }
        });
}
