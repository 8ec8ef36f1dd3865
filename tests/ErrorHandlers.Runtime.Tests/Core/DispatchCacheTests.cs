using ErrorHandlers.Dispatch;

namespace ErrorHandlers.Runtime.Tests.Core;

/// <summary>The memo of large tables: keyed by class, code and scope chain together, bounded, and never wrong.</summary>
public sealed class DispatchCacheTests
{
    private static readonly ErrorHandlerMethod NotFound = new("NotFound", (_, _) => default);
    private static readonly ErrorHandlerMethod Other = new("Other", (_, _) => default);

    private sealed class CountingTable : DispatchTable
    {
        public int Lookups { get; private set; }

        protected override ErrorHandlerMethod? Lookup(Exception exception, ScopeChain scopes)
        {
            Lookups++;
            return NotFound;
        }
    }

    [Test]
    public void Every_part_of_the_key_counts()
    {
        var cache = new DispatchCache();
        object scopes = new object(), otherScopes = new object();

        cache.Add(typeof(NotFoundException), 404, scopes, NotFound);
        cache.Add(typeof(NotFoundException), 404, null, null);

        Assert.That(cache.TryGet(typeof(NotFoundException), 404, scopes, out var hit), Is.True);
        Assert.That(hit, Is.SameAs(NotFound));
        Assert.That(cache.TryGet(typeof(NotFoundException), 404, null, out var none), Is.True, "a remembered miss");
        Assert.That(none, Is.Null);
        Assert.That(cache.TryGet(typeof(NotFoundException), 404, otherScopes, out _), Is.False);
        Assert.That(cache.TryGet(typeof(NotFoundException), 410, scopes, out _), Is.False);
        Assert.That(cache.TryGet(typeof(GoneException), 404, scopes, out _), Is.False);
    }

    [Test]
    public void The_first_answer_stays_and_growth_keeps_every_entry()
    {
        var cache = new DispatchCache();
        var scopes = Enumerable.Range(0, 300).Select(_ => new object()).ToList();

        foreach (var chain in scopes)
        {
            cache.Add(typeof(NotFoundException), 404, chain, NotFound);
            cache.Add(typeof(NotFoundException), 404, chain, Other);
        }

        Assert.That(scopes.All(chain => cache.TryGet(typeof(NotFoundException), 404, chain, out var handler) && handler == NotFound));
    }

    [Test]
    public void It_stops_remembering_past_its_bound()
    {
        var cache = new DispatchCache();
        var scopes = Enumerable.Range(0, DispatchCache.MaxEntries + 10).Select(_ => new object()).ToList();

        foreach (var chain in scopes)
        {
            cache.Add(typeof(NotFoundException), 404, chain, NotFound);
        }

        Assert.That(scopes.Count(chain => cache.TryGet(typeof(NotFoundException), 404, chain, out _)), Is.EqualTo(DispatchCache.MaxEntries));
    }

    [Test]
    public void A_hot_reload_update_makes_every_registered_table_ask_its_lookup_again()
    {
        var table = new CountingTable();
        DispatchTables.Register("HotReloadTests_" + Guid.NewGuid().ToString("N"), table);
        var exception = new NotFoundException();

        table.Find(exception, ScopeChain.Empty);
        table.Find(exception, ScopeChain.Empty);
        HotReload.ClearCache(updatedTypes: null);
        table.Find(exception, ScopeChain.Empty);

        Assert.That(table.Lookups, Is.EqualTo(2), "once before the update, once after");
    }

    /// <summary>
    /// Four writers that read while the table grows under them: each finds its own entry right after adding it, and
    /// whatever it finds of the others' is the handler stored for that key, never another.
    /// </summary>
    [Test]
    public async Task Concurrent_readers_and_writers_agree()
    {
        var cache = new DispatchCache();
        var scopes = Enumerable.Range(0, 2000).Select(_ => new object()).ToArray();
        var handlers = scopes.Select((_, i) => new ErrorHandlerMethod($"Handler{i}", (_, _) => default)).ToArray();
        int lost = 0, wrong = 0, seenOthers = 0;

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var i = worker; i < scopes.Length; i += 4)
            {
                cache.Add(typeof(NotFoundException), 404, scopes[i], handlers[i]);
                if (!cache.TryGet(typeof(NotFoundException), 404, scopes[i], out var own))
                {
                    Interlocked.Increment(ref lost);
                }
                else if (own != handlers[i])
                {
                    Interlocked.Increment(ref wrong);
                }

                var other = (i * 7919) % scopes.Length;
                if (cache.TryGet(typeof(NotFoundException), 404, scopes[other], out var seen))
                {
                    Interlocked.Increment(ref seenOthers);
                    if (seen != handlers[other])
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }
        })));

        Assert.That((lost, wrong), Is.EqualTo((0, 0)), "entries lost, and entries with another key's handler");
        Assert.That(scopes.Select((chain, i) => cache.TryGet(typeof(NotFoundException), 404, chain, out var handler) && handler == handlers[i]), Is.All.True);
        TestContext.Out.WriteLine($"{seenOthers} reads of another writer's entry");
    }
}
