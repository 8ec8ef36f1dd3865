using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Model;

/// <summary>A <c>WithErrorHandlerScope("name")</c> call whose name is a constant.</summary>
/// <param name="Name">The scope's name.</param>
/// <param name="Argument">The name's argument, where diagnostics about it point.</param>
/// <param name="MayClaimUnmatchedRoutes">
/// <c>claimUnmatchedRoutes</c> is <see langword="true"/>, or not a constant: the scope may answer routing errors.
/// </param>
internal sealed record ScopeUse(string Name, IArgumentOperation Argument, bool MayClaimUnmatchedRoutes)
{
    /// <summary>A name the runtime accepts (<see cref="ScopeNames"/>); invalid ones are EH0012's.</summary>
    public bool IsValidName => ScopeNames.Problem(Name) is null;

    public static ScopeUse? Of(IInvocationOperation invocation, KnownSymbols known)
    {
        if (known.ScopeExtensions is null
            || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, known.ScopeExtensions)
            || invocation.TargetMethod.Name != "WithErrorHandlerScope")
        {
            return null;
        }

        var name = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "name");
        if (name?.Value.ConstantValue is not { HasValue: true, Value: string value })
        {
            return null;
        }

        var claim = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "claimUnmatchedRoutes");
        return new ScopeUse(value, name, claim is not null && claim.Value.ConstantValue is not { HasValue: true, Value: false });
    }
}
