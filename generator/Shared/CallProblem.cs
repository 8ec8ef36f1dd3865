namespace ErrorHandlers.Generator.Shared;

/// <summary>Why generated code cannot call a handler method (<see cref="Rejection.NotCallable"/>), first found first.</summary>
internal enum CallProblem
{
    LocalFunctionOrLambda,
    Generic,
    InGenericClass,
    NotStatic,
    Inaccessible,
    InInaccessibleClass,
    ByReferenceOrParamsParameter,
}
