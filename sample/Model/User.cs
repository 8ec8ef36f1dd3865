namespace ErrorHandlers.Sample.Model;

/// <summary>A member of the sample's site.</summary>
public sealed record User(string Name, int Joined);
