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
            || ranges.Any(HasMalformedQuality))
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

    /// <summary>A <c>q</c> that does not parse would otherwise count as 1, the highest preference.</summary>
    private static bool HasMalformedQuality(MediaTypeHeaderValue range) =>
        range.Quality is null && range.Parameters.Any(p => p.Name.Equals("q", StringComparison.OrdinalIgnoreCase));

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
