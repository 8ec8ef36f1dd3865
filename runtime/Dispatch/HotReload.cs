using System.Reflection.Metadata;
using ErrorHandlers.Dispatch;

[assembly: MetadataUpdateHandler(typeof(HotReload))]

namespace ErrorHandlers.Dispatch;

/// <summary>
/// Hot reload (<c>dotnet watch</c>, Visual Studio) applies the edit of a handler, or of the generated table after an
/// <see cref="ErrorHandlerAttribute"/> is added, removed or re-keyed, to the running application; the tables' memoized
/// answers are then stale, so the runtime calls this to forget them. The next request asks the updated code.
/// </summary>
internal static class HotReload
{
    /// <summary>Called by the runtime after an update is applied, before code runs again.</summary>
    /// <param name="updatedTypes">The types the update changed; null when the runtime cannot say.</param>
    public static void ClearCache(Type[]? updatedTypes)
    {
        foreach (var table in DispatchTables.All)
        {
            table.ForgetAnswers();
        }
    }
}
