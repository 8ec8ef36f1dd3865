namespace ErrorHandlers.Generator.Model;

/// <summary>The compilation-wide facts the emitter needs, projected small so that the pipeline caches.</summary>
/// <param name="AssemblyName">The assembly the table registers under.</param>
/// <param name="ReferencesRuntime">Whether the ErrorHandlers runtime is referenced; without it there is nothing to emit.</param>
/// <param name="ExportsHandlers">
/// Whether the assembly is a class library, whose handlers join the tables of the applications that reference it.
/// An application's handlers are its own, even when a test project references it.
/// </param>
internal readonly record struct TableTarget(string AssemblyName, bool ReferencesRuntime, bool ExportsHandlers);
