using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace ErrorHandlers.TestKit;

/// <summary>Assertions on the tracked steps of an incremental generator run.</summary>
public static class CachingAssert
{
    /// <summary>Every output of the named steps, and every source output, was Cached or Unchanged.</summary>
    public static void NothingRegenerated(GeneratorRun run, IEnumerable<string> trackingNames)
    {
        var names = trackingNames.ToList();
        foreach (var name in names)
        {
            Assert.That(run.Result.TrackedSteps.ContainsKey(name), $"the run has no step named {name}");
        }

        var reasons = names
            .SelectMany(name => run.Result.TrackedSteps[name].Select(step => (name, step)))
            .Concat(run.Result.TrackedOutputSteps.SelectMany(kv => kv.Value.Select(step => (name: kv.Key, step))))
            .SelectMany(x => x.step.Outputs.Select(output => $"{x.name}: {output.Reason}"))
            .ToList();

        Assert.That(
            reasons.Where(reason => !reason.EndsWith(": Cached", StringComparison.Ordinal) && !reason.EndsWith(": Unchanged", StringComparison.Ordinal)),
            Is.Empty,
            "steps that ran again: " + string.Join(", ", reasons));
    }

    /// <summary>The reasons of the outputs of one named step, in order.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string trackingName) =>
        [.. run.Result.TrackedSteps[trackingName].SelectMany(step => step.Outputs).Select(output => output.Reason)];

    /// <summary>The reasons of the source outputs, in order.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> OutputReasons(GeneratorRun run) =>
        [.. run.Result.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(step => step.Outputs).Select(output => output.Reason)];
}
