using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.TestKit;

/// <summary>An application's problem-details writer that takes every problem and throws before writing anything.</summary>
public sealed class ThrowingProblemDetailsWriter : IProblemDetailsWriter
{
    public const string Message = "the problem details writer broke";

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context) => throw new InvalidOperationException(Message);
}
