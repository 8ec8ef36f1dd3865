namespace ErrorHandlers.Analyzers;

/// <summary>
/// Keys and values of the data the analyzers leave in <c>Diagnostic.Properties</c> for the code fixes, which
/// link this file. A key is present only when its fix applies.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>EH0001: which fix (<see cref="AddStatusCode"/>, <see cref="ReplaceStatusCode"/>, <see cref="WrapString"/>).</summary>
    public const string Fix = nameof(Fix);

    /// <summary>EH0001, EH0003: the status expression the fix writes, <c>404</c> or <c>e.StatusCode</c>.</summary>
    public const string Status = nameof(Status);

    /// <summary>EH0002: the exception parameter's name.</summary>
    public const string Parameter = nameof(Parameter);

    /// <summary>EH0005: the status code to declare a class for.</summary>
    public const string Code = nameof(Code);

    /// <summary>EH0005: the name of the class to declare.</summary>
    public const string Class = nameof(Class);

    /// <summary>EH0008: the fully qualified type the parameter should have.</summary>
    public const string Type = nameof(Type);

    /// <summary>EH0013: the declared scope nearest to the unknown name.</summary>
    public const string Suggestion = nameof(Suggestion);

    /// <summary>EH0007: the modifier that makes the handler callable, <see cref="Static"/> or <see cref="Internal"/>.</summary>
    public const string Modifier = nameof(Modifier);

    public const string AddStatusCode = nameof(AddStatusCode);
    public const string ReplaceStatusCode = nameof(ReplaceStatusCode);
    public const string WrapString = nameof(WrapString);
    public const string Static = "static";
    public const string Internal = "internal";
}
