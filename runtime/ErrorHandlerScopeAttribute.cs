namespace ErrorHandlers;

/// <summary>
/// Names an error-handler scope, Flask's blueprint.
/// On a class that holds <see cref="ErrorHandlerAttribute"/> methods, those handlers belong to the scope;
/// on an MVC controller, its endpoints join the scope. Minimal APIs join with
/// <see cref="ErrorHandlerEndpointConventionBuilderExtensions.WithErrorHandlerScope{TBuilder}(TBuilder, string)"/>.
/// </summary>
/// <remarks>
/// An instance is also the endpoint metadata that records an endpoint's scopes. The attribute is inherited, as
/// <c>[Route]</c> and <c>[ApiController]</c> are: on an abstract base controller it applies to every controller that
/// derives from it, and a derived controller that declares its own replaces it.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class ErrorHandlerScopeAttribute : Attribute
{
    /// <summary>Names the scope.</summary>
    /// <param name="name">A non-empty name without a dot: nesting comes from route groups, not from dotted names.</param>
    /// <exception cref="ArgumentException">The name is empty or contains a dot.</exception>
    public ErrorHandlerScopeAttribute(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (ScopeNames.Problem(name) is { } problem)
        {
            throw new ArgumentException($"The error-handler scope name '{name}' {problem}.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The scope's name.</summary>
    public string Name { get; }
}
