namespace ErrorHandlers.Sample.Model;

/// <summary>The sample's members; a real application would ask a database.</summary>
internal static class Users
{
    private static readonly Dictionary<string, User> Members = new(StringComparer.Ordinal)
    {
        ["alice"] = new User("alice", 2019),
        ["bob"] = new User("bob", 2023),
    };

    public static User? Find(string name) => Members.GetValueOrDefault(name);
}
