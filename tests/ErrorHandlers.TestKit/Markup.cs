using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Microsoft.CodeAnalysis.Testing's markup: <c>[|text|]</c> marks where the rule under test reports, and
/// <c>{|EH0001:text|}</c> where a given id does.
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, source.Length));
                i++;
            }
            else if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|' && markup.IndexOf(':', i) is var colon and > 0)
            {
                open.Push((markup[(i + 2)..colon], source.Length));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("The markup opens a span it does not close.");
        }

        return (source.ToString(), expected);
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}

/// <summary>A diagnostic a test expects: its id (null for the rule under test) and its span.</summary>
public sealed record ExpectedDiagnostic(string? Id, TextSpan Span);
