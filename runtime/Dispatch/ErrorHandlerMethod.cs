using System.ComponentModel;
using Microsoft.AspNetCore.Http;

namespace ErrorHandlers.Dispatch;

/// <summary>One <see cref="ErrorHandlerAttribute"/> method with its parameters bound; created by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ErrorHandlerMethod
{
    private readonly Func<Exception, HttpContext, ValueTask<IResult?>> _invoke;

    /// <summary>Wraps a generated invoker.</summary>
    /// <param name="name">The method as users wrote it, <c>Namespace.Class.Method</c>; used in logs and metrics.</param>
    /// <param name="invoke">Calls the method with its parameters bound from the request.</param>
    public ErrorHandlerMethod(string name, Func<Exception, HttpContext, ValueTask<IResult?>> invoke)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(invoke);
        Name = name;
        _invoke = invoke;
    }

    /// <summary>The method as users wrote it, <c>Namespace.Class.Method</c>.</summary>
    public string Name { get; }

    /// <summary>Calls the handler; <see langword="null"/> means it returned null, which is a handler failure.</summary>
    public ValueTask<IResult?> InvokeAsync(Exception exception, HttpContext httpContext) => _invoke(exception, httpContext);

    /// <inheritdoc />
    public override string ToString() => Name;
}
