using System.Collections.Concurrent;

namespace ErrorHandlers.Benchmarks.Dispatch;

/// <summary>The Flask port with a cache per exception type and scope chain: what a careful run-time port would add.</summary>
internal sealed class CachedFlaskPortTable(FlaskPortTable port)
{
    private readonly ConcurrentDictionary<(Type Type, int Code, string[] Scopes), object?> _cache = new();

    public object? Find(Exception exception, string[] scopesInnermostFirst) =>
        _cache.GetOrAdd(
            (exception.GetType(), exception is HttpException http ? http.StatusCode : 0, scopesInnermostFirst),
            static (_, state) => state.port.Find(state.exception, state.scopesInnermostFirst),
            (port, exception, scopesInnermostFirst));
}
