using System.Collections.Immutable;
using System.Linq;
using ErrorHandlers.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0008: the exception parameter is missing, duplicated, or cannot receive the key.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionParameterAnalyzer() : ErrorHandlerAnalyzer(Descriptors.ExceptionParameter)
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
                symbol.ReportDiagnostic(Diagnostic.Create(Rule, method.Locations[0], $"The handler '{method.Name}' has no exception parameter; add one of type {wanted}"));
                return;
            }

            foreach (var extra in handler.ExceptionParameters.Skip(1))
            {
                symbol.ReportDiagnostic(Diagnostic.Create(Rule, extra.Locations[0], $"The handler '{method.Name}' has more than one exception parameter; keep only '{handler.ExceptionParameters[0].Name}'"));
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
            var message = $"The parameter '{parameter.Name}' of type {parameter.Type.Name} cannot receive {key.KeyClass!.Name}, the key {key.Display}";
            if (key.StatusCode == 500 && SymbolEqualityComparer.Default.Equals(key.KeyClass, known.InternalServerErrorException))
            {
                message += $"; a 500 handler receives an InternalServerErrorException, whose OriginalException is the error that was not handled";
            }

            var properties = keys.Select(k => k.KeyClass).Distinct(SymbolEqualityComparer.Default).Count() == 1
                ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Type, key.KeyClass.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
                : ImmutableDictionary<string, string?>.Empty;
            symbol.ReportDiagnostic(Diagnostic.Create(Rule, parameter.Locations[0], properties, message));
        });
}
