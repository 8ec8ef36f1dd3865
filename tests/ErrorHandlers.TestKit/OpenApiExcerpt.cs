using System.Text.Json.Nodes;

namespace ErrorHandlers.TestKit;

/// <summary>
/// The README's excerpt of the sample's OpenAPI document: a <c>```json openapi-excerpt</c> block of paths and their
/// operations, which must be the document's, operation for operation.
/// </summary>
public static class OpenApiExcerpt
{
    private const string Fence = "```json openapi-excerpt\n";

    /// <summary>Each path of the excerpt whose operations differ from the document's, with what the document has.</summary>
    public static IEnumerable<string> Differences(string readme, JsonNode document)
    {
        var start = readme.IndexOf(Fence, StringComparison.Ordinal);
        if (start < 0)
        {
            yield return "the README shows no excerpt of the OpenAPI document";
            yield break;
        }

        start += Fence.Length;
        var excerpt = JsonNode.Parse(readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)])!.AsObject();
        if (excerpt.Count == 0)
        {
            yield return "the excerpt is empty";
        }

        foreach (var (path, operations) in excerpt)
        {
            var actual = document["paths"]?[path];
            if (!JsonNode.DeepEquals(operations, actual))
            {
                yield return $"{path} in the document:\n{actual}";
            }
        }
    }
}
