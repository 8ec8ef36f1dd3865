namespace ErrorHandlers.Package.Tests;

/// <summary>A temporary folder for a project the test creates, deleted afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("errorhandlers-consumer-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
