namespace ErrorHandlers.Generator.Model;

/// <summary>The compilation-wide facts the emitter needs, projected small so that the pipeline caches.</summary>
/// <param name="AssemblyName">The assembly the table registers under.</param>
/// <param name="ReferencesRuntime">Whether the ErrorHandlers runtime is referenced; without it there is nothing to emit.</param>
internal readonly record struct TableTarget(string AssemblyName, bool ReferencesRuntime);
