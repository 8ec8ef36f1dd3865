namespace ErrorHandlers.Generator;

/// <summary>Names of the pipeline steps, so caching tests can find them in the run's tracked steps.</summary>
internal static class TrackingNames
{
    public const string Handlers = nameof(Handlers);
    public const string SortedHandlers = nameof(SortedHandlers);
    public const string Imports = nameof(Imports);
    public const string Target = nameof(Target);
    public const string Table = nameof(Table);
    public const string OpenApi = nameof(OpenApi);
}
