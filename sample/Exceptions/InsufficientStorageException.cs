namespace ErrorHandlers.Sample;

/// <summary>Flask docs' <c>InsufficientStorage</c>: 507 has no built-in class, so the application declares one.</summary>
public sealed class InsufficientStorageException() : HttpException(507, "Not enough storage space.");
