using System.Collections.Concurrent;
using System.ComponentModel;

namespace ErrorHandlers.Dispatch;

/// <summary>
/// Where generated tables announce themselves: a module initializer in each assembly with handlers registers its
/// table under the assembly's name, and <see cref="ErrorHandlerServiceCollectionExtensions.AddErrorHandlers"/>
/// takes the one named by <c>IHostEnvironment.ApplicationName</c> (the entry assembly, or the
/// <c>WebApplicationFactory</c> entry point's). No assembly is scanned and nothing is reflected over.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DispatchTables
{
    private static readonly ConcurrentDictionary<string, DispatchTable> Tables = new(StringComparer.Ordinal);

    /// <summary>Called by generated code when its assembly loads.</summary>
    /// <param name="assemblyName">The simple name of the assembly the table was generated for.</param>
    /// <param name="table">The table.</param>
    public static void Register(string assemblyName, DispatchTable table)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);
        ArgumentNullException.ThrowIfNull(table);
        Tables[assemblyName] = table;
    }

    /// <summary>Every registered table, for hot reload.</summary>
    internal static IEnumerable<DispatchTable> All => Tables.Values;

    internal static DispatchTable Find(string applicationName)
    {
        if (Tables.TryGetValue(applicationName, out var table))
        {
            return table;
        }

        var known = Tables.Keys.Order(StringComparer.Ordinal).Select(name => $"'{name}'").ToList();
        throw new InvalidOperationException(
            $"ErrorHandlers found no generated dispatch table for the application '{applicationName}'. "
            + (known.Count == 0
                ? "No assembly registered one: check that the ErrorHandlers source generator runs for the project that "
                  + "calls AddErrorHandlers (the ErrorHandlers package brings it; a ProjectReference to the generator "
                  + "needs OutputItemType=\"Analyzer\")."
                : $"Tables were registered for {string.Join(", ", known)}: set the host's ApplicationName "
                  + "(WebApplicationOptions.ApplicationName) to the assembly that declares the handlers."));
    }
}
