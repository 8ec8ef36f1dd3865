using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0001: a handler whose response has no error status.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HandlerRespondsWithSuccessAnalyzer() : ErrorHandlerAnalyzer(Descriptors.HandlerRespondsWithSuccess)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlerBodies(context, known, (block, handler) =>
        {
            var status = StatusExpression(handler);
            var returnsString = handler.Candidate.ReturnShape is ReturnShape.Html or ReturnShape.TaskOfHtml or ReturnShape.ValueTaskOfHtml;
            foreach (var value in HandlerBody.ReturnedValues(block.OperationBlocks))
            {
                if (returnsString)
                {
                    Report(block, handler, value.Syntax.GetLocation(), "200", "a string becomes an HTML page with status 200", DiagnosticProperties.WrapString, status);
                    continue;
                }

                var returned = ReturnedStatus.Of(value, known);
                if (returned.Source == StatusSource.Unknown || returned.StatusCode >= 400)
                {
                    continue;
                }

                var code = returned.StatusCode.ToString(CultureInfo.InvariantCulture);
                var (reason, fix) = returned.Source switch
                {
                    StatusSource.Default => ($"{returned.MethodDisplay} sends {code} unless statusCode is given", DiagnosticProperties.AddStatusCode),
                    StatusSource.Constant => ($"{code} is not an error status", DiagnosticProperties.ReplaceStatusCode),
                    _ => ($"{returned.MethodDisplay} always sends {code}", null),
                };
                Report(block, handler, returned.Invocation!.Syntax.GetLocation(), code, reason, fix, status);
            }
        });

    private void Report(OperationBlockAnalysisContext block, HandlerDeclaration handler, Location location, string code, string reason, string? fix, string? status)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (fix is not null && status is not null)
        {
            properties = properties.Add(DiagnosticProperties.Fix, fix).Add(DiagnosticProperties.Status, status);
        }

        block.ReportDiagnostic(Diagnostic.Create(Rule, location, properties, handler.KeysDisplay, code, reason));
    }

    /// <summary>The key's code for a handler with one code, else <c>e.StatusCode</c> where the exception has one.</summary>
    private static string? StatusExpression(HandlerDeclaration handler)
    {
        var codes = handler.Keys.Select(k => k.StatusCode).Distinct().ToList();
        if (codes.Count == 1 && codes[0] is { } code)
        {
            return code.ToString(CultureInfo.InvariantCulture);
        }

        return handler.ExceptionParameter is { } parameter
            && parameter.Type.GetMembers("StatusCode").Any(m => m is IPropertySymbol { Type.SpecialType: SpecialType.System_Int32 })
            ? parameter.Name + ".StatusCode"
            : null;
    }
}
