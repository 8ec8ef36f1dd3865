namespace ErrorHandlers.Analyzers;

/// <summary>
/// Every diagnostic id, in one place. The code-fix assembly links this file. An id is never reused, even for a
/// rule that is removed.
/// </summary>
internal static class DiagnosticIds
{
    public const string HandlerRespondsWithSuccess = "EH0001";
    public const string CatchAllHandler = "EH0002";
    public const string FixedStatusForHttpException = "EH0003";
    public const string DuplicateHandler = "EH0004";
    public const string UnknownStatusCode = "EH0005";
    public const string InvalidKey = "EH0006";
    public const string HandlerNotCallable = "EH0007";
    public const string ExceptionParameter = "EH0008";
    public const string UnsupportedReturnType = "EH0009";
    public const string ScopedRoutingHandler = "EH0010";
    public const string NoConstantStatusCode = "EH0011";
    public const string InvalidScopeName = "EH0012";
    public const string UnknownScope = "EH0013";
    public const string AbortWithUnknownCode = "EH0014";
    public const string ThrowInHandler = "EH0015";
    public const string UnanswerableStatusCode = "EH0016";
    public const string UnreachableHandler = "EH0017";
}
