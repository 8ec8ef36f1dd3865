using System.Runtime.CompilerServices;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// The lookups of a large table, memoized: which handler (or none) answers an exception class with a status code in a
/// scope chain. Reads take no lock and allocate nothing; the first lookup of each combination runs the generated
/// code and stores its answer. Bounded: past <see cref="MaxEntries"/> combinations, lookups simply run uncached.
/// </summary>
internal sealed class DispatchCache
{
    public const int MaxEntries = 4096;

    private readonly object _writing = new();
    private Entry?[] _entries = new Entry?[64];
    private int _count;

    public bool TryGet(Type type, int statusCode, object? scopes, out ErrorHandlerMethod? handler)
    {
        var entries = Volatile.Read(ref _entries);
        var mask = entries.Length - 1;
        for (var i = Hash(type, statusCode, scopes) & mask; ; i = (i + 1) & mask)
        {
            var entry = Volatile.Read(ref entries[i]);
            if (entry is null)
            {
                handler = null;
                return false;
            }

            if (ReferenceEquals(entry.Type, type) && entry.StatusCode == statusCode && ReferenceEquals(entry.Scopes, scopes))
            {
                handler = entry.Handler;
                return true;
            }
        }
    }

    public void Add(Type type, int statusCode, object? scopes, ErrorHandlerMethod? handler)
    {
        lock (_writing)
        {
            if (_count >= MaxEntries || TryGet(type, statusCode, scopes, out _))
            {
                return;
            }

            // At most half full, so that every probe ends at an empty slot soon.
            var entries = _entries;
            if ((_count + 1) * 2 > entries.Length)
            {
                var larger = new Entry?[entries.Length * 2];
                foreach (var existing in entries)
                {
                    if (existing is not null)
                    {
                        Place(larger, existing);
                    }
                }

                Place(larger, new Entry(type, statusCode, scopes, handler));
                Volatile.Write(ref _entries, larger);
            }
            else
            {
                Place(entries, new Entry(type, statusCode, scopes, handler));
            }

            _count++;
        }
    }

    /// <summary>Forgets every answer: the generated lookup changed under hot reload.</summary>
    public void Clear()
    {
        lock (_writing)
        {
            Volatile.Write(ref _entries, new Entry?[64]);
            _count = 0;
        }
    }

    private static void Place(Entry?[] entries, Entry entry)
    {
        var mask = entries.Length - 1;
        var i = Hash(entry.Type, entry.StatusCode, entry.Scopes) & mask;
        while (entries[i] is not null)
        {
            i = (i + 1) & mask;
        }

        Volatile.Write(ref entries[i], entry);
    }

    private static int Hash(Type type, int statusCode, object? scopes) =>
        (RuntimeHelpers.GetHashCode(type) * 31) ^ (scopes is null ? 0 : RuntimeHelpers.GetHashCode(scopes) * 17) ^ statusCode;

    private sealed record Entry(Type Type, int StatusCode, object? Scopes, ErrorHandlerMethod? Handler);
}
