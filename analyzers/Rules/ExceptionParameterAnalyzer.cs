using System.Collections.Immutable;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0008: the exception parameter is missing, duplicated, or cannot receive the key.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionParameterAnalyzer() : ErrorHandlerAnalyzer(Descriptors.ExceptionParameter, Descriptors.NoExceptionParameter, Descriptors.SeveralExceptionParameters, Descriptors.ServerErrorParameter)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            var method = handler.Method;
            var keys = handler.Keys.Where(k => k.KeyClass is not null).ToList();
            if (!handler.Candidate.Rejections.Contains(Rejection.ExceptionParameter) && !keys.Any(k => k.Rejection == Rejection.KeyNotAccepted))
            {
                return;
            }

            if (handler.ExceptionParameters.Length == 0)
            {
                var wanted = keys.Count > 0 ? keys[0].KeyClass!.Name : "an exception type";
                symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.NoExceptionParameter, method.Locations[0], method.Name, wanted));
                return;
            }

            foreach (var extra in handler.ExceptionParameters.Skip(1))
            {
                symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.SeveralExceptionParameters, extra.Locations[0], method.Name, handler.ExceptionParameters[0].Name));
            }

            if (handler.ExceptionParameter is not { } parameter)
            {
                return;
            }

            var unfit = keys.Where(k => k.Rejection == Rejection.KeyNotAccepted).ToList();
            if (unfit.Count == 0)
            {
                return;
            }

            var key = unfit[0];
            var rule = key.StatusCode == 500 && SymbolEqualityComparer.Default.Equals(key.KeyClass, known.InternalServerErrorException)
                ? Descriptors.ServerErrorParameter
                : Rule;
            var properties = keys.Select(k => k.KeyClass).Distinct(SymbolEqualityComparer.Default).Count() == 1
                ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Type, key.KeyClass!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                : ImmutableDictionary<string, string?>.Empty;
            symbol.ReportDiagnostic(Diagnostic.Create(rule, parameter.Locations[0], properties, parameter.Name, parameter.Type.Name, key.KeyClass!.Name, key.Display));
        });
}
