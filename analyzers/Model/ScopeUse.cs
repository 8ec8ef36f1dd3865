using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>A <c>WithErrorHandlerScope("name")</c> call whose name is a constant.</summary>
internal sealed record ScopeUse(string Name, IArgumentOperation Argument)
{
    /// <summary>A name the runtime accepts; invalid ones are EH0012's.</summary>
    public bool IsValidName => Name.Length > 0 && Name.IndexOf('.') < 0;

    public static ScopeUse? Of(IInvocationOperation invocation, KnownSymbols known)
    {
        if (known.ScopeExtensions is null
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.ScopeExtensions)
            || invocation.TargetMethod.Name != "WithErrorHandlerScope")
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "name" && argument.Value.ConstantValue is { HasValue: true, Value: string name })
            {
                return new ScopeUse(name, argument);
            }
        }

        return null;
    }
}
