namespace ErrorHandlers.Soak;

/// <summary>One log the sample wrote: its level as the simple console format abbreviates it, its category and event id.</summary>
internal sealed record LogEntry(string Level, string Category, int EventId)
{
    public override string ToString() => $"{Level}: {Category}[{EventId}]";
}
