using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>
/// The <c>$ curl</c> lines of a README and the output shown under each. Understood options: <c>-s</c>, <c>-w</c> (with
/// <c>%{http_code}</c>, <c>%{content_type}</c>, <c>%header{name}</c>), <c>-X</c> and <c>-H</c>.
/// </summary>
public static class CurlExamples
{
    /// <summary>A regular expression for the output the README shows; <c>…</c> stands for any text on one line.</summary>
    public static string Pattern(string expected) =>
        "^" + string.Join("[^\"\\n]*", expected.Split('…').Select(Regex.Escape)) + "$";

    public static IEnumerable<(string Command, string Output)> Examples(string readme)
    {
        string? command = null;
        var output = new List<string>();
        var inConsole = false;
        foreach (var line in readme.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    yield return (command, string.Join("\n", output));
                    command = null;
                }

                inConsole = line == "```console";
                continue;
            }

            if (!inConsole)
            {
                continue;
            }

            if (line.StartsWith("$ curl ", StringComparison.Ordinal))
            {
                if (command is not null)
                {
                    yield return (command, string.Join("\n", output));
                }

                command = line[2..];
                output.Clear();
            }
            else if (command is not null)
            {
                output.Add(line);
            }
        }
    }

    /// <summary>Sends one example to <paramref name="client"/> and returns the output curl would print.</summary>
    public static async Task<string> RunAsync(HttpClient client, string command)
    {
        var curl = Curl.Parse(command);
        using var request = new HttpRequestMessage(new HttpMethod(curl.Method), curl.Url.PathAndQuery);
        foreach (var (name, value) in curl.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync() + curl.WriteOut(response);
    }
}

public sealed partial record Curl(string Method, Uri Url, List<(string Name, string Value)> Headers, string Format)
{
    public static Curl Parse(string command)
    {
        var words = Words(command);
        Assert.That(words[0], Is.EqualTo("curl"));
        string method = "GET", format = string.Empty;
        Uri? url = null;
        var headers = new List<(string, string)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s":
                    break;
                case "-w":
                    format = words[++i];
                    break;
                case "-X":
                    method = words[++i];
                    break;
                case "-H":
                    var header = words[++i].Split(':', 2);
                    headers.Add((header[0].Trim(), header[1].Trim()));
                    break;
                case var word when word.StartsWith("http://", StringComparison.Ordinal):
                    url = new Uri(word);
                    break;
                default:
                    throw new InvalidOperationException($"The README uses a curl option this test does not understand: {words[i]}");
            }
        }

        return new Curl(method, url ?? throw new InvalidOperationException("No URL in " + command), headers, format);
    }

    public string WriteOut(HttpResponseMessage response) =>
        Variable().Replace(Format.Replace("\\n", "\n", StringComparison.Ordinal), match => match.Groups["name"].Value switch
        {
            "http_code" => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
            "content_type" => response.Content.Headers.ContentType?.ToString() ?? string.Empty,
            var header => string.Join(", ", response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated)
                .Where(h => h.Key.Equals(header, StringComparison.OrdinalIgnoreCase))
                .SelectMany(h => h.Value)),
        });

    [GeneratedRegex(@"%(?:\{(?<name>http_code|content_type)\}|header\{(?<name>[^}]+)\})")]
    private static partial Regex Variable();

    /// <summary>Splits a shell line into words, honouring single and double quotes.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
