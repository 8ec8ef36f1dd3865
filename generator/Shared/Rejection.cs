namespace ErrorHandlers.Generator.Shared;

/// <summary>
/// Why the generated table cannot use a handler method or one of its keys. The generator leaves out exactly what
/// carries a rejection and reports nothing itself (docs/design.md, The generator); each kind but <see cref="Incomplete"/> is explained by one
/// analyzer rule, named here, so a handler never vanishes without a diagnostic.
/// </summary>
/// <remarks>
/// A duplicate key (EH0004) is not a rejection: the table's layout groups the keys it accepts, and EH0004 counts every
/// placeable key of every handler, rejected handlers' included, on purpose. A handler rejected for another reason (not
/// static, say) joins the table once that is fixed, and would then be a duplicate; the user hears of both at once. Only
/// a handler whose scope name is invalid is left out of EH0004: its scope does not exist.
/// </remarks>
internal enum Rejection
{
    /// <summary>Half-typed code: a name or a type the compiler cannot resolve yet. The compiler's own errors say so.</summary>
    Incomplete,

    /// <summary>EH0007: a local function or a lambda, not static, generic, in a generic class, not accessible, or with a <c>ref</c>, <c>in</c>, <c>out</c> or <c>params</c> parameter.</summary>
    NotCallable,

    /// <summary>EH0008: no exception parameter, or more than one.</summary>
    ExceptionParameter,

    /// <summary>EH0009: a return type that gives no response.</summary>
    UnsupportedReturnType,

    /// <summary>EH0012: the scope of its class has an invalid name.</summary>
    InvalidScopeName,

    /// <summary>EH0005 (a key): a status code without a built-in class.</summary>
    UnknownStatusCode,

    /// <summary>EH0006 (a key): not an exception class.</summary>
    InvalidKey,

    /// <summary>EH0008 (a key): the exception parameter cannot receive the key.</summary>
    KeyNotAccepted,

    /// <summary>EH0011 (a key): an HttpException subclass of this project whose status code is not a compile-time constant.</summary>
    NoConstantStatusCode,
}
