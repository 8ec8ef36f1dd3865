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
    /// <param name="produces">What the response looks like, as the handler's declaration says; none when it does not.</param>
    public ErrorHandlerMethod(string name, Func<Exception, HttpContext, ValueTask<IResult?>> invoke, params ResponseContent[] produces)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(invoke);
        ArgumentNullException.ThrowIfNull(produces);
        Name = name;
        _invoke = invoke;
        Produces = produces;
    }

    /// <summary>The method as users wrote it, <c>Namespace.Class.Method</c>.</summary>
    public string Name { get; }

    /// <summary>What the response looks like, one entry per content type; empty when the declaration does not say.</summary>
    public IReadOnlyList<ResponseContent> Produces { get; }

    /// <summary>Calls the handler; <see langword="null"/> means it returned null, which is a handler failure.</summary>
    public ValueTask<IResult?> InvokeAsync(Exception exception, HttpContext httpContext) => _invoke(exception, httpContext);

    /// <inheritdoc />
    public override string ToString() => Name;
}
