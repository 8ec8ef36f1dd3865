using System.Reflection;
using ErrorHandlers.Pipeline;
using Microsoft.Extensions.Logging;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>docs/design.md, Observability: the event ids are stable and documented, so the table in docs/observability.md is the code's.</summary>
public sealed class LogEventDocsTests
{
    public static IEnumerable<TestCaseData> Events() =>
        typeof(ErrorHandlerLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(method => method.GetCustomAttribute<LoggerMessageAttribute>())
            .OfType<LoggerMessageAttribute>()
            .Select(log => new TestCaseData(log.EventId, log.EventName, log.Level, log.Message).SetName($"Event {log.EventId} {log.EventName} is documented"));

    [Test]
    public void Every_event_has_its_own_id() =>
        Assert.That(Events().Select(e => e.Arguments[0]).ToList(), Is.Unique.And.Count.EqualTo(6));

    [TestCaseSource(nameof(Events))]
    public void Is_a_row_of_the_table(int id, string name, LogLevel level, string message)
    {
        var rows = File.ReadAllLines(ObservabilityPage()).Where(line => line.StartsWith($"| {id} |", StringComparison.Ordinal)).ToList();

        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(rows[0], Does.StartWith($"| {id} | `{name}` | {level} | `{message}`"));
    }

    private static string ObservabilityPage() => Path.Combine(RepositoryPaths.Docs, "observability.md");
}
