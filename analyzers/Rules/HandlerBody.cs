using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ErrorHandlers.Analyzers.Rules;

/// <summary>
/// Walks the operations of a handler's own body for the rules that read it: lambdas and local functions inside it run at
/// other times, so they are left out. The declarations the rules share are in <c>Model/</c>; this reads code.
/// </summary>
internal static class HandlerBody
{
    /// <summary>Every operation of the body that does not sit inside a nested lambda or local function.</summary>
    public static IEnumerable<IOperation> Operations(IEnumerable<IOperation> blocks)
    {
        var pending = new Stack<IOperation>(blocks);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// The values the handler can return: each <c>return</c>'s value, with conditional and switch expressions split
    /// into their branches.
    /// </summary>
    public static IEnumerable<IOperation> ReturnedValues(IEnumerable<IOperation> blocks) =>
        Operations(blocks).OfType<IReturnOperation>().Where(r => r.ReturnedValue is not null).SelectMany(r => Branches(r.ReturnedValue!));

    private static IEnumerable<IOperation> Branches(IOperation value) =>
        value switch
        {
            IConversionOperation conversion => Branches(conversion.Operand),
            IConditionalOperation { WhenFalse: { } whenFalse } conditional => Branches(conditional.WhenTrue).Concat(Branches(whenFalse)),
            ISwitchExpressionOperation switchExpression => switchExpression.Arms.SelectMany(arm => Branches(arm.Value)),
            IAwaitOperation awaited => Branches(awaited.Operation),
            _ => [value],
        };
}
