using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ErrorHandlers.Rendering;

/// <summary>Decides between the HTML page and problem+json from the request's <c>Accept</c> header.</summary>
internal static class AcceptNegotiation
{
    /// <summary>
    /// JSON wins only when <c>application/json</c> or <c>application/problem+json</c> gets a higher quality than
    /// <c>text/html</c>; a tie, a missing header and a malformed one all give HTML, Werkzeug's only format.
    /// </summary>
    public static bool PrefersJson(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Count == 0
            || ranges.Any(HasMalformedParameters))
        {
            return false;
        }

        var html = Quality(ranges, "text", "html");
        var json = Math.Max(Quality(ranges, "application", "json"), Quality(ranges, "application", "problem+json"));
        return json > html;
    }

    /// <summary>The quality the most specific matching range gives a media type (RFC 9110, section 12.5.1).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var bestSpecificity = 0;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, type, subtype);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return quality;
    }

    /// <summary>
    /// The parser is lenient where RFC 9110 is not: it takes a parameter without a value, a second <c>q</c>, and
    /// reads the number at the start of <c>q=1e309</c> or ignores an unparsable <c>q</c> (which would then count as 1,
    /// the highest preference). Any of these makes the header malformed.
    /// </summary>
    private static bool HasMalformedParameters(MediaTypeHeaderValue range)
    {
        var qualities = 0;
        foreach (var parameter in range.Parameters)
        {
            if (StringSegment.IsNullOrEmpty(parameter.Value))
            {
                return true;
            }

            if (parameter.Name.Equals("q", StringComparison.OrdinalIgnoreCase) && (++qualities > 1 || !IsQualityValue(parameter.Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>RFC 9110's <c>qvalue</c>: <c>0</c> with up to three decimals, or <c>1</c> with up to three zeros.</summary>
    private static bool IsQualityValue(StringSegment value)
    {
        if (value.Length is 0 or > 5 || value[0] is not ('0' or '1'))
        {
            return false;
        }

        if (value.Length == 1)
        {
            return true;
        }

        if (value[1] != '.')
        {
            return false;
        }

        for (var i = 2; i < value.Length; i++)
        {
            if (value[0] == '1' ? value[i] != '0' : !char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Specificity(MediaTypeHeaderValue range, string type, string subtype)
    {
        if (range.MatchesAllTypes)
        {
            return 1;
        }

        if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (range.MatchesAllSubTypes)
        {
            return 2;
        }

        return range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }
}
