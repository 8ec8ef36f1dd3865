namespace ErrorHandlers.TestKit;

/// <summary>Waits for what a server records after the client already has its answer: a log line, a measurement, a stopped activity.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="find"/> until it finds something, or fails with <paramref name="whatThereIs"/> after the timeout (10 s).</summary>
    public static async Task<T> FindAsync<T>(Func<T?> find, Func<string> whatThereIs, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(whatThereIs());
            }

            await Task.Delay(10);
        }
    }
}
