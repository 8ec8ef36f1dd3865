using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>
/// Verify-style snapshots: <c>Snapshots/{Test class}.{Test}.verified.txt</c> next to the test's source file.
/// A mismatch writes <c>.received.txt</c> beside it and fails at the first differing line; with the environment
/// variable <c>UPDATE_SNAPSHOTS=1</c> the received text replaces the baseline, and the test still fails so that
/// an update is never silent.
/// </summary>
public static partial class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    /// <summary>
    /// Generated code with the generator's version in <c>[GeneratedCode]</c> replaced by <c>{version}</c>, so that a
    /// release does not rewrite every baseline.
    /// </summary>
    public static string WithoutGeneratorVersion(string generated) =>
        GeneratorVersion().Replace(generated, "GeneratedCode(\"ErrorHandlers.Generator\", \"{version}\")");

    public static void Match(string actual, string? name = null, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{name ?? testName}";
        Match(actual, Path.Combine(folder, stem + ".verified.txt"));
    }

    /// <summary>Compares against an explicit baseline path, for snapshots that live outside the tests (docs).</summary>
    public static void Match(string actual, string verifiedPath)
    {
        var received = Path.ChangeExtension(Path.ChangeExtension(verifiedPath, null), ".received.txt");
        actual = actual.ReplaceLineEndings("\n");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(received);
            Assert.Fail($"{verifiedPath} was updated; rerun without {UpdateVariable} to confirm.");
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No baseline {verifiedPath}; the output is in {received}. Run with {UpdateVariable}=1 to accept it."
            : $"{FirstDifference(expected, actual)}\nThe output is in {received}. Run with {UpdateVariable}=1 to accept it.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; ; i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"Line {i + 1} differs.\n  expected: {e}\n  actual:   {a}";
            }
        }
    }

    [GeneratedRegex(@"GeneratedCode\(""ErrorHandlers\.Generator"", ""[^""]*""\)")]
    private static partial Regex GeneratorVersion();
}
