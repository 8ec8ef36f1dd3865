using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ErrorHandlers.Analyzers.Model;
using ErrorHandlers.Rendering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>EH0005: <c>[ErrorHandler(code)]</c> with a code that has no built-in class, or that is no error status.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownStatusCodeAnalyzer() : ErrorHandlerAnalyzer(Descriptors.UnknownStatusCode, Descriptors.StatusCodeNotAnError)
{
    private protected override void Register(CompilationStartAnalysisContext context, KnownSymbols known) =>
        OnHandlers(context, known, (symbol, handler) =>
        {
            foreach (var key in handler.Keys)
            {
                if (key.Rejection != Rejection.UnknownStatusCode || key.GivenCode is not { } code)
                {
                    continue;
                }

                var text = code.ToString(CultureInfo.InvariantCulture);
                if (code is < 400 or > 599)
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.StatusCodeNotAnError, key.Location, text));
                    continue;
                }

                var className = ClassName(code);
                symbol.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    key.Location,
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Code, text).Add(DiagnosticProperties.Class, className),
                    text,
                    className));
            }
        });

    /// <summary>Werkzeug's name of the code in Pascal case, <c>PaymentRequiredException</c>; <c>Status499Exception</c> for codes it does not name.</summary>
    internal static string ClassName(int code)
    {
        var name = HttpStatusNames.Get(code);
        if (name == HttpStatusNames.Unknown)
        {
            return "Status" + code.ToString(CultureInfo.InvariantCulture) + "Exception";
        }

        var pascal = new StringBuilder();
        foreach (var word in name.Split(' ', '-'))
        {
            foreach (var c in word)
            {
                if (char.IsLetterOrDigit(c))
                {
                    pascal.Append(pascal.Length == 0 || word.IndexOf(c) == 0 ? char.ToUpperInvariant(c) : c);
                }
            }
        }

        return pascal + "Exception";
    }
}
